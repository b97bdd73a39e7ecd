package dev.diffkernel.calc;

/**
 * Math text that cannot be read: says what is wrong, where (a 1-based column, with a caret line
 * under the text) and, where it can, how to fix it, e.g.
 * <pre>
 * Unknown function 'ln2' at column 5 in "x + ln2(x)"; did you mean 'ln'?
 *     x + ln2(x)
 *         ^
 * </pre>
 */
public final class ExpressionSyntaxException extends IllegalArgumentException {
    /** No column is known for the problem. */
    public static final int NO_COLUMN = 0;

    private final String expression;
    private final int column;
    private final String problem;

    /**
     * @param problem what is wrong, without the place, e.g. {@code Unknown function 'ln2'}
     * @param expression the whole text as the user wrote it
     * @param column 1-based column of the problem, or {@link #NO_COLUMN}
     * @param hint how to fix it (may be empty), e.g. {@code did you mean 'ln'?}
     */
    public ExpressionSyntaxException(String problem, String expression, int column, String hint) {
        super(message(problem, expression, column, hint));
        this.expression = expression;
        this.column = column;
        this.problem = problem;
    }

    private static String message(String problem, String expression, int column, String hint) {
        String where = column == NO_COLUMN ? " in \"" + expression + "\"" : " at column " + column + " in \"" + expression + "\"";
        String text = problem + where + (hint.isEmpty() ? "" : "; " + hint);
        if (column != NO_COLUMN && !expression.contains("\n")) {
            text += "\n    " + expression + "\n    " + " ".repeat(Math.max(0, column - 1)) + "^";
        }
        return text;
    }

    /** The text that could not be read. */
    public String expression() {
        return expression;
    }

    /** 1-based column of the problem, or {@link #NO_COLUMN}. */
    public int column() {
        return column;
    }

    /** What is wrong, without place or hint. */
    public String problem() {
        return problem;
    }
}
