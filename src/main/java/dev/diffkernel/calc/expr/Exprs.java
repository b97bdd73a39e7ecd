package dev.diffkernel.calc.expr;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Small queries and rewrites over expression trees. */
public final class Exprs {
    private Exprs() {}

    /** Returns the names of the variables in {@code e}, sorted alphabetically; never null. */
    public static Set<String> variables(Expr e) {
        Set<String> names = new TreeSet<>();
        collect(e, names);
        return names;
    }

    private static void collect(Expr e, Set<String> names) {
        if (e instanceof Var v) {
            names.add(v.name());
        } else if (e instanceof Neg n) {
            collect(n.operand(), names);
        } else if (e instanceof Add a) {
            collect(a.left(), names);
            collect(a.right(), names);
        } else if (e instanceof Sub s) {
            collect(s.left(), names);
            collect(s.right(), names);
        } else if (e instanceof Mul m) {
            collect(m.left(), names);
            collect(m.right(), names);
        } else if (e instanceof Div d) {
            collect(d.left(), names);
            collect(d.right(), names);
        } else if (e instanceof Pow p) {
            collect(p.base(), names);
            collect(p.exponent(), names);
        } else if (e instanceof Call c) {
            for (Expr arg : c.args()) {
                collect(arg, names);
            }
        }
    }

    /** Returns whether {@code e} mentions the variable {@code name}. */
    public static boolean dependsOn(Expr e, String name) {
        if (e instanceof Var v) {
            return v.name().equals(name);
        }
        if (e instanceof Const) {
            return false;
        }
        if (e instanceof Neg n) {
            return dependsOn(n.operand(), name);
        }
        if (e instanceof Add a) {
            return dependsOn(a.left(), name) || dependsOn(a.right(), name);
        }
        if (e instanceof Sub s) {
            return dependsOn(s.left(), name) || dependsOn(s.right(), name);
        }
        if (e instanceof Mul m) {
            return dependsOn(m.left(), name) || dependsOn(m.right(), name);
        }
        if (e instanceof Div d) {
            return dependsOn(d.left(), name) || dependsOn(d.right(), name);
        }
        if (e instanceof Pow p) {
            return dependsOn(p.base(), name) || dependsOn(p.exponent(), name);
        }
        if (e instanceof Call c) {
            return c.args().stream().anyMatch(a -> dependsOn(a, name));
        }
        throw new AssertionError(e);
    }

    /** Replaces variables by expressions; variables not in the map stay. */
    public static Expr substitute(Expr e, Map<String, Expr> replacements) {
        if (e instanceof Var v) {
            return replacements.getOrDefault(v.name(), v);
        }
        if (e instanceof Const) {
            return e;
        }
        if (e instanceof Neg n) {
            return new Neg(substitute(n.operand(), replacements));
        }
        if (e instanceof Add a) {
            return new Add(substitute(a.left(), replacements), substitute(a.right(), replacements));
        }
        if (e instanceof Sub s) {
            return new Sub(substitute(s.left(), replacements), substitute(s.right(), replacements));
        }
        if (e instanceof Mul m) {
            return new Mul(substitute(m.left(), replacements), substitute(m.right(), replacements));
        }
        if (e instanceof Div d) {
            return new Div(substitute(d.left(), replacements), substitute(d.right(), replacements));
        }
        if (e instanceof Pow p) {
            return new Pow(substitute(p.base(), replacements), substitute(p.exponent(), replacements));
        }
        if (e instanceof Call c) {
            return new Call(c.func(), c.args().stream().map(a -> substitute(a, replacements)).toList());
        }
        throw new AssertionError(e);
    }

    /** Returns the number of nodes in {@code e}. */
    public static int size(Expr e) {
        if (e instanceof Var || e instanceof Const) {
            return 1;
        }
        if (e instanceof Neg n) {
            return 1 + size(n.operand());
        }
        if (e instanceof Add a) {
            return 1 + size(a.left()) + size(a.right());
        }
        if (e instanceof Sub s) {
            return 1 + size(s.left()) + size(s.right());
        }
        if (e instanceof Mul m) {
            return 1 + size(m.left()) + size(m.right());
        }
        if (e instanceof Div d) {
            return 1 + size(d.left()) + size(d.right());
        }
        if (e instanceof Pow p) {
            return 1 + size(p.base()) + size(p.exponent());
        }
        if (e instanceof Call c) {
            return 1 + c.args().stream().mapToInt(Exprs::size).sum();
        }
        throw new AssertionError(e);
    }
}
