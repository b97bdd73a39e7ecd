package dev.diffkernel.kernel.eval;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the sources under src/main/java, which the build also packs into the kernel jar. */
class SourceJavadocTest {
    private final SourceJavadoc javadoc = new SourceJavadoc(new java.net.URLClassLoader(
            new java.net.URL[] {toUrl("src/main/java/")}, null));

    private static java.net.URL toUrl(String path) {
        try {
            return java.nio.file.Path.of(path).toUri().toURL();
        } catch (java.net.MalformedURLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void findsAMethodByNameAndParameterNames() {
        String text = javadoc.find("void dev.diffkernel.display.Display.clearOutput(boolean wait)").orElseThrow();
        assertTrue(text.startsWith("Clears the output of the running cell"), text);
        assertTrue(text.contains("wait — true to clear only when the next output arrives"), text);
    }

    @Test
    void overloadsAreToldApartByTheirParameters() {
        assertEquals("Clears the output of the running cell at once.",
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
