package dev.diffkernel.calc.parse;

import dev.diffkernel.calc.expr.Expr;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of parsing math text: an optional name ({@code f} in {@code "f(x) = x^2"}), the
 * variables in order, and the expression.
 *
 * @param name the declared name, or null when the text has none
 * @param variables the variables, declared or inferred in alphabetical order; never null, copied
 * @param body the expression tree, never null
 * @param declared whether the variables were declared ({@code f(x, y) = …}) rather than inferred
 */
public record ParsedFunction(String name, List<String> variables, Expr body, boolean declared) {
    public ParsedFunction {
        variables = List.copyOf(variables);
        Objects.requireNonNull(body, "body");
    }

    /** Returns the declared name, if any. */
    public Optional<String> optionalName() {
        return Optional.ofNullable(name);
    }
}
