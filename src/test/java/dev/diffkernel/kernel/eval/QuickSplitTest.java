package dev.diffkernel.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuickSplitTest {
    private static JavaEvaluator evaluator;

    @BeforeAll
    static void start() {
        evaluator = new JavaEvaluator(JavaEvaluator.currentClasspath(), List.of("import java.util.*;"),
                new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterAll
    static void stop() {
        evaluator.close();
    }

    /** Every code cell of the lecture notebooks and the assignment, one per string. */
    private static List<String> lectureCells() throws IOException {
        List<String> cells = new ArrayList<>();
        try (Stream<Path> notebooks = Files.list(Path.of("notebooks"))) {
            for (Path notebook : notebooks.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList()) {
                JsonObject json = JsonParser.parseString(Files.readString(notebook)).getAsJsonObject();
                for (JsonElement cell : json.getAsJsonArray("cells")) {
                    JsonObject c = cell.getAsJsonObject();
                    if (c.get("cell_type").getAsString().equals("code")) {
                        StringBuilder source = new StringBuilder();
                        c.getAsJsonArray("source").forEach(line -> source.append(line.getAsString()));
                        cells.add(source.toString());
                    }
                }
            }
        }
        return cells;
    }

    private static final List<String> TRICKY = List.of(
            "1 + 1", "1 + 1;", "var x = 1;  x + 1", "  x\n", "var f = fn(\"a;b\"); f", "x;\n\ny;", "a(1,\n 2)\n",
            "char c = ';'; c", "String s = \"\\\"; not the end\"; s.length()", "int[] a = new int[3]; a[0] = 1; a",
            "List<Map<String, Integer>> m = new ArrayList<>();\nm.size()", "Runnable r = () -> System.out.println(\";\");",
            "x -> x + 1", "var t = a ? b : c; t", "foo(\n  1;\n", "var y = ", ";", "1;;2", "   ",
            "double d = 1e-3; d * 2", "obj.method1().method2(3, \"x\");\n\n\nnext()",
            "x; // note", "// header\nvar x = 1;\nx", "x /* ; */ + 1", "x // if; else\n", "a; /* b; */ c",
            "x;\n// done", "var s = \"//not a comment\"; s");

    @Test
    void everyCellItTakesIsSplitExactlyAsJShellsAnalysisSplitsIt() throws IOException {
        List<String> cells = new ArrayList<>(lectureCells());
        cells.addAll(TRICKY);
        int taken = 0;
        for (String cell : cells) {
            if (QuickSplit.spans(cell) == null || cell.strip().startsWith("%")) {
                continue;
            }
            taken++;
            assertEquals(evaluator.splitByAnalysis(cell), evaluator.split(cell), () -> "cell:\n" + cell);
        }
        assertTrue(taken > 100, "the quick split took only " + taken + " of " + cells.size() + " cells");
    }

    @Test
    void cellsWithBlocksCommentsOrControlFlowAreLeftToJShell() {
        for (String cell : List.of("if (x) a(); else b();", "for (int i = 0; i < 3; i++) f(i);", "void f() { }",
                "x /* open", "// c\n;", "@Deprecated int x = 1;", "String s = \"\"\"\n  text\n  \"\"\";",
                "String s = \"\\u0022\";", "int x = switch (y) { default -> 1; };", "do x++; while (x < 3);",
                "try (var in = open()) use(in);", "record P(int x) {}", "f(;", "f(1))", "1;;2", ";")) {
            assertNull(QuickSplit.spans(cell), cell);
        }
    }

    @Test
    void aSimpleCellEndsASnippetAtEachTopLevelSemicolon() {
        List<int[]> spans = QuickSplit.spans("var f = fn(\"x;y\"); f.at(g(1; 2)); f");
        assertNotNull(spans);
        assertEquals(List.of("var f = fn(\"x;y\");", " f.at(g(1; 2));", " f"),
                spans.stream().map(s -> "var f = fn(\"x;y\"); f.at(g(1; 2)); f".substring(s[0], s[1])).toList());
    }
}
