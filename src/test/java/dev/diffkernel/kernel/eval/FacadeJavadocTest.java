package dev.diffkernel.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Shift-Tab on every method of the statically imported DSL shows its purpose, parameters and an example. */
class FacadeJavadocTest {
    private static final List<String> FACADES = List.of("dev.diffkernel.display.Display", "dev.diffkernel.calc.Calculus",
            "dev.diffkernel.plots.Plots", "dev.diffkernel.optim.Descent", "dev.diffkernel.linalg.Matrices",
            "dev.diffkernel.nn.Activations", "dev.diffkernel.nn.Losses", "dev.diffkernel.nn.Perceptrons", "dev.diffkernel.nn.Networks",
            "dev.diffkernel.data.Datasets", "dev.diffkernel.data.Distances", "dev.diffkernel.data.Sequences", "dev.diffkernel.backprop.Backprop", "dev.diffkernel.check.Checks");
    private static final Pattern DECLARATION = Pattern.compile(
            "\\n\\s+public static (?:<[^>]*> )?([\\w.<>\\[\\], ?]+?) (\\w+)\\(([^)]*)\\)");

    private final SourceJavadoc javadoc = new SourceJavadoc(FacadeJavadocTest.class.getClassLoader());

    @Test
    void everyFacadeMethodHasJavadocWithParametersAndAnExample() throws IOException {
        List<String> missing = new ArrayList<>();
        int methods = 0;
        for (String facade : FACADES) {
            String source = Files.readString(Path.of("src/main/java/" + facade.replace('.', '/') + ".java"));
            Matcher m = DECLARATION.matcher(source);
            while (m.find()) {
                methods++;
                String parameters = m.group(3).replaceAll("\\s+", " ").strip();
                String signature = m.group(1) + " " + facade + "." + m.group(2) + "(" + parameters + ")";
                Optional<String> doc = javadoc.find(signature);
                if (doc.isEmpty()) {
                    missing.add(signature + ": no Javadoc found");
                    continue;
                }
                for (String p : parameters.isEmpty() ? new String[0] : parameters.split(",(?![^<]*>)")) {
                    String name = p.strip().substring(p.strip().lastIndexOf(' ') + 1);
                    if (!doc.get().contains(name + " —")) {
                        missing.add(signature + ": no @param " + name);
                    }
                }
                if (!doc.get().contains("(") || doc.get().lines().count() < 2 && !parameters.isEmpty()) {
                    missing.add(signature + ": no example");
                }
            }
        }
        assertEquals(List.of(), missing, methods + " methods checked");
    }

    @Test
    void shiftTabOnTheDslShowsItsJavadoc() throws Exception {
        JavaEvaluator evaluator = new JavaEvaluator(JavaEvaluator.currentClasspath(), List.of(
                "import dev.diffkernel.calc.*;", "import static dev.diffkernel.calc.Calculus.*;",
                "import static dev.diffkernel.optim.Descent.*;", "import static dev.diffkernel.plots.Plots.*;"),
                System.err);
        try {
            String fn = evaluator.inspect("fn(\"x^2\")", 2);
            org.junit.jupiter.api.Assertions.assertTrue(fn.contains("A function from math text."), fn);
            String rates = evaluator.inspect("compareRates(f, 1, 2)", 5);
            org.junit.jupiter.api.Assertions.assertTrue(rates.contains("Runs the same descent once per learning rate"), rates);
            String derivative = evaluator.inspect("derivative(f, 5)", 5);
            org.junit.jupiter.api.Assertions.assertTrue(derivative.contains("central difference"), derivative);
        } finally {
            evaluator.close();
        }
    }
}
