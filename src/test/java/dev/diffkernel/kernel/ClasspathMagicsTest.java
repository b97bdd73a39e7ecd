package dev.diffkernel.kernel;

import dev.diffkernel.kernel.eval.CellException;
import dev.diffkernel.kernel.eval.JavaEvaluator;
import dev.diffkernel.kernel.magic.Magics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** %classpath, %jars, DIFFKERNEL_CLASSPATH and DIFFKERNEL_STARTUP with jars built here. */
class ClasspathMagicsTest {
    @TempDir
    static Path tmp;
    private static JavaEvaluator evaluator;
    private static CellRunner runner;
    private static int cell = 1;

    @BeforeAll
    static void start() throws IOException {
        evaluator = new JavaEvaluator(JavaEvaluator.currentClasspath(), List.of(), new PrintStream(OutputStream.nullOutputStream()));
        runner = new CellRunner(evaluator, Magics.standard());
        jar(tmp.resolve("lib/helpers.jar"), "course", "Helpers", "public static int answer() { return 42; }");
        jar(tmp.resolve("lib/more.jar"), "course", "More", "public static String name() { return \"more\"; }");
        jar(tmp.resolve("env/env.jar"), "course", "FromEnv", "public static int seven() { return 7; }");
    }

    @AfterAll
    static void stop() {
        evaluator.close();
    }

    /** Compiles one class into a jar. */
    static void jar(Path jar, String pkg, String name, String body) throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src-" + name)).resolve(name + ".java");
        Files.writeString(src, "package " + pkg + "; public class " + name + " { " + body + " }");
        Path classes = Files.createDirectories(tmp.resolve("classes-" + name));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString()));
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(pkg + "/" + name + ".class"));
            out.write(Files.readAllBytes(classes.resolve(pkg).resolve(name + ".class")));
            out.closeEntry();
        }
    }

    private static Object run(String code) throws Exception {
        Object value = runner.run(code, cell++).value();
        return value instanceof dev.diffkernel.kernel.magic.ClasspathReport report ? report.toString() : value;
    }

    @Test
    void classpathAddsAJarForTheCellsThatFollow() throws Exception {
        assertEquals("Added " + tmp.resolve("lib/helpers.jar"), run("%classpath " + tmp.resolve("lib/helpers.jar")));
        assertEquals(42, run("course.Helpers.answer()"));
        assertEquals("Already on the class path: " + tmp.resolve("lib/helpers.jar"),
                run("%classpath \"" + tmp.resolve("lib/helpers.jar") + "\""));
    }

    @Test
    void aMissingPathIsNamedAndNothingIsAdded() {
        CellException error = assertThrows(CellException.class,
                () -> run("%classpath " + tmp.resolve("lib/more.jar") + " " + tmp.resolve("lib/nope.jar")));
        assertEquals("ClasspathException", error.ename());
        assertEquals("%classpath: no such file or directory: " + tmp.resolve("lib/nope.jar") + "; nothing was added", error.evalue());
        assertThrows(CellException.class, () -> run("course.More.name()"), "more.jar was not added either");
    }

    @Test
    void jarsAddsEveryMatchAndNamesAPatternThatMatchesNothing() throws Exception {
        String added = (String) run("%jars " + tmp.resolve("lib") + "/m*.jar");
        assertEquals("Added " + tmp.resolve("lib/more.jar"), added);
        assertEquals("more", run("course.More.name()"));
        assertEquals("%jars: no jar matches " + tmp.resolve("lib") + "/x*.jar (in " + tmp.resolve("lib") + "); nothing was added",
                assertThrows(CellException.class, () -> run("%jars " + tmp.resolve("lib") + "/x*.jar")).evalue());
    }

    @Test
    void aCoursesClasspathAndStartupFileReachTheKernel() throws Exception {
        Path startup = tmp.resolve("course.jsh");
        Files.writeString(startup, "import course.FromEnv;\nint twice(int x) { return 2 * x; }\n");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        CourseSetup.apply(evaluator, Map.of(
                "DIFFKERNEL_CLASSPATH", tmp.resolve("env") + "/*" + java.io.File.pathSeparator + tmp.resolve("gone.jar"),
                "DIFFKERNEL_STARTUP", startup.toString()), new PrintStream(log, true, StandardCharsets.UTF_8));
        assertEquals(14, run("twice(FromEnv.seven())"));
        assertEquals("DIFFKERNEL_CLASSPATH: no such file or directory: " + tmp.resolve("gone.jar") + "; skipped\n",
                log.toString(StandardCharsets.UTF_8));
        assertTrue(evaluator.addedClasspath().contains(tmp.resolve("env/env.jar").toString()));
        assertTrue(((String) run("%classpath")).startsWith("Added to the class path:\n  "));
    }
}
