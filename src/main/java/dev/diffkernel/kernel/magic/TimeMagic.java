package dev.diffkernel.kernel.magic;

import dev.diffkernel.kernel.eval.JavaEvaluator;

/**
 * {@code %time code} and {@code %%time}: runs the code once and prints the wall time it took; the
 * code's value is still the cell's result.
 */
final class TimeMagic implements LineMagic, CellMagic {
    @Override
    public Object run(String argument, MagicContext context) throws Exception {
        return timed(argument, context);
    }

    @Override
    public Object run(String argument, String body, MagicContext context) throws Exception {
        return timed(body, context);
    }

    /** What {@code %time} with nothing to time prints. */
    static final String USAGE = "Usage: %time CODE times one statement or expression, e.g. %time fn(\"x^2\").diff();\n"
            + "       %%time on the first line times the whole cell.";

    private static Object timed(String code, MagicContext context) throws Exception {
        if (code.isBlank()) {
            System.out.println(USAGE);
            return null;
        }
        long start = System.nanoTime();
        try {
            JavaEvaluator.Result result = context.eval(code);
            return result.hasValue() ? result.value() : null;
        } finally {
            System.out.println("Wall time: " + TimeIt.format((System.nanoTime() - start) / 1e9));
        }
    }
}
