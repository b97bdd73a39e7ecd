package dev.diffkernel.kernel.eval;

/**
 * A variable the notebook has defined so far. Immutable.
 *
 * @param name its name
 * @param type its declared Java type
 * @param value its value as text, shortened when long
 */
public record Variable(String name, String type, String value) {}
