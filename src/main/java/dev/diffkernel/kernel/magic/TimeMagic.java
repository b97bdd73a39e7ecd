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

    private static Object timed(String code, MagicContext context) throws Exception {
        long start = System.nanoTime();
        try {
            JavaEvaluator.Result result = context.eval(code);
            return result.hasValue() ? result.value() : null;
        } finally {
            System.out.println("Wall time: " + TimeIt.format((System.nanoTime() - start) / 1e9));
        }
    }
}
