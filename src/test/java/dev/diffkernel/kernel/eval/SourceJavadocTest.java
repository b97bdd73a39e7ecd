package dev.diffkernel.kernel.eval;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the sources the build packs into the kernel jar (target/classes/javadoc-sources here). */
class SourceJavadocTest {
    private final SourceJavadoc javadoc = new SourceJavadoc(SourceJavadocTest.class.getClassLoader());

    @Test
    void findsAMethodByNameAndParameterNames() {
        String text = javadoc.find("void dev.diffkernel.display.Display.clearOutput(boolean wait)").orElseThrow();
        assertTrue(text.startsWith("Clears the output of the running cell"), text);
        assertTrue(text.contains("wait — true to clear only when the next output arrives"), text);
    }

    @Test
    void overloadsAreToldApartByTheirParameters() {
        assertEquals("Clears the output of the running cell at once, e.g. clearOutput(); System.out.println(\"step \" + i);",
                javadoc.find("void dev.diffkernel.display.Display.clearOutput()").orElseThrow());
    }

    @Test
    void nestedTypesAreFoundInTheirOuterFile() {
        String text = javadoc.find("dev.diffkernel.display.Display.DisplayHandle dev.diffkernel.display.Display.DisplayHandle.update(Object value)")
                .orElseThrow();
        assertTrue(text.startsWith("Replaces the displayed output with value."), text);
    }

    @Test
    void typesHaveTheirClassComment() {
        assertTrue(javadoc.find("dev.diffkernel.display.Display").orElseThrow().startsWith("Showing things in the notebook"));
    }

    @Test
    void unknownClassesHaveNone() {
        assertEquals(Optional.empty(), javadoc.find("void org.example.Nothing.here()"));
    }
}
