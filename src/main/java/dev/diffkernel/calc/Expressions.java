package dev.diffkernel.calc;

import dev.diffkernel.calc.Expr.Const;

/** Shared constants for building expressions. */
final class Expressions {
    static final Const E = new Const(Math.E, "e");
    static final Const PI = new Const(Math.PI, "π");
    static final Const ZERO = new Const(0);
    static final Const ONE = new Const(1);

    private Expressions() {}
}
