package dev.diffkernel.calc.graph;

import static java.util.Objects.requireNonNull;

/**
 * One use of the chain rule in the backward pass: the gradient flowing from {@code parent} into {@code node}.
 * Immutable.
 *
 * @param node the node receiving gradient, e.g. {@code x}; never null
 * @param parent the node it flows from, one that reads {@code node}, e.g. {@code t1}; never null
 * @param rule the local derivative as a formula, e.g. {@code ∂t1/∂x = y}; never null
 * @param local the local derivative's value ∂parent/∂node
 * @param upstream ∂f/∂parent, already complete when this step runs
 * @param product upstream × local, this path's share of ∂f/∂node
 * @param total ∂f/∂node summed over the paths seen so far (a node read by two parents gets two steps)
 */
public record BackwardStep(String node, String parent, String rule, double local, double upstream, double product,
                           double total) {
    /** Checks the components. */
    public BackwardStep {
        requireNonNull(node, "node");
        requireNonNull(parent, "parent");
        requireNonNull(rule, "rule");
    }
}
