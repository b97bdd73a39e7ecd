package dev.diffkernel.kernel.magic;

/** A {@code %name argument} line in a cell. */
@FunctionalInterface
public interface LineMagic {
    /**
     * Runs the magic.
     *
     * @param argument the rest of the line after the magic's name, stripped; never null
     * @return what to display as the result (null for nothing)
     */
    Object run(String argument, MagicContext context) throws Exception;
}
