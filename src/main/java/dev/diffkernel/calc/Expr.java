package dev.diffkernel.calc;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A mathematical expression as a tree: what {@code fn("...")} parses text into, and what symbolic
 * differentiation, simplification, evaluation and printing work on. Immutable; every node is a
 * record validated in its constructor.
 */
public sealed interface Expr {
    /** A number; {@code symbol} names a constant such as {@code e} or {@code π} (null for plain numbers). */
    record Const(double value, String symbol) implements Expr {
        public Const(double value) {
            this(value, null);
        }
    }

    /** A variable, e.g. {@code x}. */
    record Var(String name) implements Expr {
        public Var {
            Objects.requireNonNull(name, "name");
        }
    }

    /** {@code -operand}. */
    record Neg(Expr operand) implements Expr {
        public Neg {
            Objects.requireNonNull(operand, "operand");
        }
    }

    /** {@code left + right}. */
    record Add(Expr left, Expr right) implements Expr {
        public Add {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** {@code left - right}. */
    record Sub(Expr left, Expr right) implements Expr {
        public Sub {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** {@code left · right}. */
    record Mul(Expr left, Expr right) implements Expr {
        public Mul {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** {@code left / right}. */
    record Div(Expr left, Expr right) implements Expr {
        public Div {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** {@code base ^ exponent}. */
    record Pow(Expr base, Expr exponent) implements Expr {
        public Pow {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(exponent, "exponent");
        }
    }

    /** A function applied to arguments, e.g. {@code sin(x)} or {@code max(x, y)}. */
    record Call(MathFunction function, List<Expr> args) implements Expr {
        public Call {
            Objects.requireNonNull(function, "function");
            args = List.copyOf(args);
            if (args.size() != function.arity()) {
                throw new IllegalArgumentException(function.displayName() + " expects " + function.arity()
                        + (function.arity() == 1 ? " argument" : " arguments") + " but got " + args.size());
            }
        }
    }

    /** The variables this expression mentions, in alphabetical order. */
    default Set<String> variables() {
        Set<String> names = new TreeSet<>();
        collectVariables(this, names);
        return names;
    }

    private static void collectVariables(Expr expr, Set<String> names) {
        if (expr instanceof Var var) {
            names.add(var.name());
        } else if (expr instanceof Neg neg) {
            collectVariables(neg.operand(), names);
        } else if (expr instanceof Add e) {
            collectVariables(e.left(), names);
            collectVariables(e.right(), names);
        } else if (expr instanceof Sub e) {
            collectVariables(e.left(), names);
            collectVariables(e.right(), names);
        } else if (expr instanceof Mul e) {
            collectVariables(e.left(), names);
            collectVariables(e.right(), names);
        } else if (expr instanceof Div e) {
            collectVariables(e.left(), names);
            collectVariables(e.right(), names);
        } else if (expr instanceof Pow e) {
            collectVariables(e.base(), names);
            collectVariables(e.exponent(), names);
        } else if (expr instanceof Call call) {
            call.args().forEach(arg -> collectVariables(arg, names));
        }
    }

    /** Whether the expression mentions any variable at all. */
    default boolean dependsOnAny() {
        return !variables().isEmpty();
    }

    /** Whether the expression mentions {@code variable}. */
    default boolean dependsOn(String variable) {
        return variables().contains(variable);
    }

    /** The expression as text that {@code fn(...)} reads back, e.g. {@code 6x·e^(3x^2)}. */
    default String text() {
        return Printer.text(this);
    }

    /** The expression as LaTeX, e.g. {@code 6x e^{3x^{2}}}. */
    default String latex() {
        return Printer.latex(this);
    }
}
