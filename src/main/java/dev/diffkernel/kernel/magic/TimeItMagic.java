package dev.diffkernel.kernel.magic;

import dev.diffkernel.kernel.eval.CellException;

/**
 * {@code %timeit expression} and {@code %%timeit}: measures code by running it many times inside
 * the cell's own thread (so Interrupt stops it), as IPython's {@code %timeit} does.
 */
final class TimeItMagic implements LineMagic, CellMagic {
    private static final String MEASURE = TimeIt.class.getName() + ".measure";

    @Override
    public Object run(String argument, MagicContext context) throws Exception {
        if (argument.isBlank()) {
            throw new IllegalArgumentException("%timeit needs code to time, e.g. %timeit f.at(5)");
        }
        String code = argument.strip();
        while (code.endsWith(";")) {
            code = code.substring(0, code.length() - 1).strip();
        }
        try {
            // An expression: keep its value so the JIT cannot drop the work.
            return context.eval(MEASURE + "((java.util.function.Supplier<Object>) () -> (" + code + "))").value();
        } catch (CellException notAnExpression) {
            return context.eval(MEASURE + "((Runnable) () -> { " + code + "; })").value();
        }
    }

    @Override
    public Object run(String argument, String body, MagicContext context) throws Exception {
        return context.eval(MEASURE + "((Runnable) () -> {\n" + body + "\n})").value();
    }
}
