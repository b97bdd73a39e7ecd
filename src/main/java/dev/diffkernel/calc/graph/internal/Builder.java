package dev.diffkernel.calc.graph.internal;

import dev.diffkernel.calc.expr.Add;
import dev.diffkernel.calc.expr.Call;
import dev.diffkernel.calc.expr.Derivatives;
import dev.diffkernel.calc.expr.Div;
import dev.diffkernel.calc.expr.Expr;
import dev.diffkernel.calc.expr.ExprFormat;
import dev.diffkernel.calc.expr.Exprs;
import dev.diffkernel.calc.expr.Mul;
import dev.diffkernel.calc.expr.Neg;
import dev.diffkernel.calc.expr.Pow;
import dev.diffkernel.calc.expr.Sub;
import dev.diffkernel.calc.expr.Var;
import dev.diffkernel.calc.graph.GraphNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a formula into graph nodes: one node per variable and one per operation that reads a variable,
 * constants folded into the operation that uses them ({@code t^2}, {@code 3x}), equal subexpressions shared
 * (so the graph is a DAG, as the chain rule needs). Each operation keeps its formula over its inputs' names
 * ({@code t1 + t2}) and that formula's partial derivatives (the local derivatives).
 */
public final class Builder {
    /**
     * The nodes of a formula and, per node, its local formula and local derivatives.
     *
     * @param nodes inputs first, every node after its inputs, the output last (unless it is an input)
     * @param locals per node, its operation over its inputs' names (a {@link Var} for an input)
     * @param derivatives per node, ∂node/∂input per input id, in the order of {@code nodes.get(i).inputs()}
     * @param output the id of the node whose value is f
     */
    public record Parts(List<GraphNode> nodes, List<Expr> locals, List<List<Expr>> derivatives, int output) {}

    private final List<GraphNode> nodes = new ArrayList<>();
    private final List<Expr> locals = new ArrayList<>();
    private final List<List<Expr>> derivatives = new ArrayList<>();
    private final Map<Expr, Integer> seen = new HashMap<>();
    private final String prefix;
    private int intermediates;

    private Builder(List<String> variables, String outputName) {
        this.prefix = variables.contains("t1") || outputName.equals("t") ? "u" : "t";
    }

    /**
     * Builds the nodes of {@code expr}.
     *
     * @param variables the function's variables, in argument order: each becomes an input node, used or not
     * @param outputName the function's name, given to the output node
     * @param expr the formula
     */
    public static Parts build(List<String> variables, String outputName, Expr expr) {
        Builder b = new Builder(variables, outputName);
        for (String v : variables) {
            b.add(new Var(v), v, v, List.of(), new Var(v), 0, List.of());
        }
        int output = b.node(expr, outputName, true);
        return new Parts(List.copyOf(b.nodes), List.copyOf(b.locals), List.copyOf(b.derivatives), output);
    }

    private int node(Expr e, String outputName, boolean isOutput) {
        Integer known = seen.get(e);
        if (known != null) {
            return known;
        }
        List<Expr> operands = operands(e);
        List<Integer> inputs = new ArrayList<>();
        Map<Expr, Expr> replaced = new LinkedHashMap<>();
        for (Expr operand : operands) {
            if (!Exprs.variables(operand).isEmpty() && !replaced.containsKey(operand)) {
                int id = node(operand, outputName, false);
                inputs.add(id);
                replaced.put(operand, new Var(nodes.get(id).name()));
            }
        }
        Expr local = replace(e, replaced);
        String name = isOutput ? outputName : prefix + (++intermediates);
        int layer = 0;
        List<Expr> partials = new ArrayList<>();
        for (int id : inputs) {
            layer = Math.max(layer, nodes.get(id).layer() + 1);
            partials.add(Derivatives.of(local, nodes.get(id).name()));
        }
        return add(e, name, ExprFormat.text(local), inputs, local, layer, partials);
    }

    private int add(Expr e, String name, String operation, List<Integer> inputs, Expr local, int layer,
                    List<Expr> partials) {
        int id = nodes.size();
        nodes.add(new GraphNode(id, name, operation, ExprFormat.text(e), inputs, layer));
        locals.add(local);
        derivatives.add(List.copyOf(partials));
        seen.put(e, id);
        return id;
    }

    private static List<Expr> operands(Expr e) {
        if (e instanceof Neg n) {
            return List.of(n.operand());
        }
        if (e instanceof Add a) {
            return List.of(a.left(), a.right());
        }
        if (e instanceof Sub s) {
            return List.of(s.left(), s.right());
        }
        if (e instanceof Mul m) {
            return List.of(m.left(), m.right());
        }
        if (e instanceof Div d) {
            return List.of(d.left(), d.right());
        }
        if (e instanceof Pow p) {
            return List.of(p.base(), p.exponent());
        }
        if (e instanceof Call c) {
            return c.args();
        }
        return List.of(); // a constant, or a variable already seen
    }

    /** {@code e} with each operand in {@code replaced} swapped for its node's name. */
    private static Expr replace(Expr e, Map<Expr, Expr> replaced) {
        if (replaced.isEmpty()) {
            return e;
        }
        if (e instanceof Neg n) {
            return new Neg(swap(n.operand(), replaced));
        }
        if (e instanceof Add a) {
            return new Add(swap(a.left(), replaced), swap(a.right(), replaced));
        }
        if (e instanceof Sub s) {
            return new Sub(swap(s.left(), replaced), swap(s.right(), replaced));
        }
        if (e instanceof Mul m) {
            return new Mul(swap(m.left(), replaced), swap(m.right(), replaced));
        }
        if (e instanceof Div d) {
            return new Div(swap(d.left(), replaced), swap(d.right(), replaced));
        }
        if (e instanceof Pow p) {
            return new Pow(swap(p.base(), replaced), swap(p.exponent(), replaced));
        }
        if (e instanceof Call c) {
            return new Call(c.func(), c.args().stream().map(a -> swap(a, replaced)).toList());
        }
        throw new AssertionError(e);
    }

    private static Expr swap(Expr operand, Map<Expr, Expr> replaced) {
        return replaced.getOrDefault(operand, operand);
    }
}
