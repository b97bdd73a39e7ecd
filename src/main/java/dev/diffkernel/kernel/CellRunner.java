package dev.diffkernel.kernel;

import dev.diffkernel.kernel.eval.CellException;
import dev.diffkernel.kernel.eval.JavaEvaluator;
import dev.diffkernel.kernel.eval.JavaEvaluator.Readiness;
import dev.diffkernel.kernel.eval.JavaEvaluator.Result;
import dev.diffkernel.kernel.eval.Variable;
import dev.diffkernel.kernel.magic.CellMagic;
import dev.diffkernel.kernel.magic.LineMagic;
import dev.diffkernel.kernel.magic.MagicContext;
import dev.diffkernel.kernel.magic.Magics;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one cell: a cell magic ({@code %%html} on the first line), or Java with line magics
 * ({@code %time ...}) between statements. A line starting with {@code %} is a magic only where a
 * statement may begin, so {@code % 3} continuing an expression on the next line stays Java.
 */
final class CellRunner {
    private static final Pattern CELL_MAGIC = Pattern.compile("\\A\\s*%%([A-Za-z_]\\w*)[ \\t]*(.*)");
    private static final Pattern LINE_MAGIC = Pattern.compile("^([ \\t]*)%([A-Za-z_]\\w*)(.*)$");

    private final JavaEvaluator evaluator;
    private final Magics magics;

    CellRunner(JavaEvaluator evaluator, Magics magics) {
        this.evaluator = evaluator;
        this.magics = magics;
    }

    JavaEvaluator evaluator() {
        return evaluator;
    }

    /**
     * Runs a cell and returns its result.
     *
     * @throws CellException for the user's mistakes (compile errors, exceptions, unknown magics)
     * @throws Exception from a magic's own failure
     */
    Result run(String cell, int cellNumber) throws Exception {
        Matcher cellMagic = CELL_MAGIC.matcher(cell);
        if (cellMagic.lookingAt()) {
            return runCellMagic(cell, cellNumber, cellMagic);
        }
        String[] lines = cell.split("\n", -1);
        Result result = Result.NONE;
        int javaStart = 0; // first line of the Java not yet run
        for (int i = 0; i < lines.length; i++) {
            Matcher lineMagic = LINE_MAGIC.matcher(lines[i]);
            if (!lineMagic.matches() || !startsStatement(lines, javaStart, i)) {
                continue;
            }
            if (hasCode(lines, javaStart, i)) {
                result = evaluator.eval(placed(lines, javaStart, i, 0), cellNumber);
            }
            String name = lineMagic.group(2);
            int lineNumber = i + 1;
            LineMagic magic = magics.lineMagic(name).orElseThrow(() -> unknownMagic("%" + name, lineNumber));
            String argument = lineMagic.group(3);
            int column = lineMagic.end(2) + argument.length() - argument.stripLeading().length();
            Object value = magic.run(argument.strip(), context(cellNumber, i, column));
            result = value == null ? Result.NONE : new Result(value, true);
            javaStart = i + 1;
        }
        if (hasCode(lines, javaStart, lines.length)) {
            result = evaluator.eval(placed(lines, javaStart, lines.length, 0), cellNumber);
        }
        return result;
    }

    private Result runCellMagic(String cell, int cellNumber, Matcher header) throws Exception {
        String name = header.group(1);
        int firstLine = (int) cell.substring(0, header.start(1)).chars().filter(c -> c == '\n').count();
        CellMagic magic = magics.cellMagic(name).orElseThrow(() -> unknownMagic("%%" + name, firstLine + 1));
        int bodyStart = cell.indexOf('\n', header.start(1));
        String body = bodyStart < 0 ? "" : cell.substring(bodyStart + 1);
        // The body's Java keeps its own line numbers by being placed after the header line.
        Object value = magic.run(header.group(2).strip(), body, new Context(cellNumber, firstLine + 1, 0));
        return value == null ? Result.NONE : new Result(value, true);
    }

    private CellException unknownMagic(String magic, int line) {
        String message = "Unknown magic " + magic + " (line " + line + "). " + magics;
        return new CellException("UnknownMagicException", message, List.of("UnknownMagicException: " + message));
    }

    /** A line magic counts only where a new statement may start: all Java before it is complete. */
    private boolean startsStatement(String[] lines, int from, int to) {
        return !hasCode(lines, from, to) || evaluator.readiness(placed(lines, from, to, 0)) == Readiness.COMPLETE;
    }

    private static boolean hasCode(String[] lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!lines[i].isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Lines {@code from..to} preceded by blank lines, so positions match those in the cell. */
    private static String placed(String[] lines, int from, int to, int column) {
        StringBuilder code = new StringBuilder("\n".repeat(from)).append(" ".repeat(column));
        for (int i = from; i < to; i++) {
            code.append(lines[i]);
            if (i < to - 1) {
                code.append('\n');
            }
        }
        return code.toString();
    }

    private MagicContext context(int cellNumber, int line, int column) {
        return new Context(cellNumber, line, column);
    }

    /** Evaluates a magic's Java as if it stood at {@code line}, {@code column} of the cell. */
    private final class Context implements MagicContext {
        private final int cellNumber;
        private final int line;
        private final int column;

        Context(int cellNumber, int line, int column) {
            this.cellNumber = cellNumber;
            this.line = line;
            this.column = column;
        }

        @Override
        public Result eval(String code) throws CellException {
            return evaluator.eval("\n".repeat(line) + " ".repeat(column) + code, cellNumber);
        }

        @Override
        public List<Variable> variables() {
            return evaluator.variables();
        }

        @Override
        public JavaEvaluator evaluator() {
            return evaluator;
        }
    }

    /** is_complete for consoles: a cell magic waits for an empty line, as in IPython. */
    Readiness readiness(String code) {
        String[] lines = code.split("\n", -1);
        if (CELL_MAGIC.matcher(code).lookingAt()) {
            return lines.length > 1 && lines[lines.length - 1].isBlank() ? Readiness.COMPLETE : Readiness.INCOMPLETE;
        }
        StringBuilder java = new StringBuilder();
        for (String line : lines) {
            java.append(LINE_MAGIC.matcher(line).matches() && evaluator.readiness(java.toString()) == Readiness.COMPLETE
                    ? "" : line).append('\n');
        }
        return evaluator.readiness(java.toString());
    }
}
