package dev.diffkernel.calc;

import dev.diffkernel.calc.expr.Derivatives;
import dev.diffkernel.calc.expr.Expr;
import dev.diffkernel.calc.expr.ExprFormat;
import dev.diffkernel.calc.expr.Simplifier;
import dev.diffkernel.calc.expr.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a derivative is obtained, step by step, as a lecture would write it: which rule applies,
 * and for the chain rule the substitution {@code t = 3x^2}, {@code f = e^t, df/dt = e^t},
 * {@code dt/dx = 6x}, so {@code df/dx = 6x·e^(3x^2)}. Immutable.
 *
 * @param name the function's name, e.g. {@code f}
 * @param variable the variable differentiated by
 * @param lines the steps in order, each a rule and an equation ({@link Step}, the same record the
 *     derivation engine produces), the outermost at depth 0; never null
 * @param result the simplified derivative
 */
public record Steps(String name, String variable, List<Step> lines, Expr result) {
    public Steps {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(variable, "variable");
        lines = List.copyOf(lines);
        Objects.requireNonNull(result, "result");
    }

    /** The derivation of {@code name}'s derivative by x: the function, the rules, the result. */
    static Steps of(String name, List<String> variables, Expr expr, String x, boolean partial) {
        List<Step> lines = new ArrayList<>();
        String args = "(" + String.join(", ", variables) + ")";
        String latexArgs = "\\left(" + String.join(", ", variables.stream().map(ExprFormat::latexName).toList()) + "\\right)";
        lines.add(new Step(0, "function", name + args + " = " + ExprFormat.text(expr),
                ExprFormat.latexName(name) + latexArgs + " = " + ExprFormat.latex(expr)));
        for (Step s : Derivatives.steps(expr, x, partial, name)) {
            lines.add(new Step(s.depth() + 1, s.rule(), s.text(), s.latex()));
        }
        Expr result = Simplifier.simplify(Derivatives.of(expr, x));
        String ratio = partial ? "∂" + name + "/∂" + x : "d" + name + "/d" + x;
        String d = partial ? "\\partial " : "d";
        String ratioLatex = "\\frac{" + d + ExprFormat.latexName(name) + "}{" + d + ExprFormat.latexName(x) + "}";
        lines.add(new Step(0, "result", ratio + " = " + ExprFormat.text(result),
                ratioLatex + " = " + ExprFormat.latex(result)));
        return new Steps(name, x, lines, result);
    }

    /** The steps as numbered lines, indented by depth, each with its rule in brackets. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Step line = lines.get(i);
            text.append(String.format("%2d. ", i + 1)).append("  ".repeat(Math.max(0, line.depth() - 1)))
                    .append(line.text());
            if (!line.rule().isEmpty()) {
                text.append("    [").append(line.rule()).append(']');
            }
            text.append('\n');
        }
        return text.toString().stripTrailing();
    }

    /** The steps as an aligned LaTeX block, indented by depth, rules as text on the right. */
    public String toLatex() {
        StringBuilder latex = new StringBuilder("\\begin{aligned}");
        for (int i = 0; i < lines.size(); i++) {
            Step line = lines.get(i);
            if (i > 0) {
                latex.append(" \\\\ ");
            }
            latex.append("& ").append("\\quad ".repeat(Math.max(0, line.depth() - 1))).append(line.latex());
            if (!line.rule().isEmpty()) {
                latex.append(" && \\text{").append(textEscape(line.rule())).append('}');
            }
        }
        return latex.append("\\end{aligned}").toString();
    }

    /** Characters that \text{} would otherwise treat as markup. */
    private static String textEscape(String s) {
        return s.replace("\\", "\\backslash ").replace("{", "\\{").replace("}", "\\}").replace("^", "\\^{}")
                .replace("_", "\\_").replace("#", "\\#").replace("%", "\\%").replace("&", "\\&").replace("$", "\\$");
    }
}
