package dev.diffkernel.kernel.magic;

import dev.diffkernel.kernel.eval.CellException;
import dev.diffkernel.kernel.eval.JavaEvaluator;
import dev.diffkernel.kernel.eval.Variable;

import java.util.List;

/** What a magic may do with the notebook: run Java as part of the cell, list variables. */
public interface MagicContext {
    /**
     * Runs Java code that the magic found in the cell (its argument or body); errors point at the
     * code's own place in the cell.
     *
     * @throws CellException if the code does not compile or throws
     */
    JavaEvaluator.Result eval(String code) throws CellException;

    /** The notebook's variables so far, never null. */
    List<Variable> variables();

    /** The evaluator, for magics that change what cells compile against ({@code %classpath}). */
    JavaEvaluator evaluator();
}
