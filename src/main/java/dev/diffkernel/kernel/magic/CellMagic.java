package dev.diffkernel.kernel.magic;

/** A cell whose first line is {@code %%name argument}; the rest of the cell is its body. */
@FunctionalInterface
public interface CellMagic {
    /**
     * Runs the magic.
     *
     * @param argument the rest of the first line, stripped; never null
     * @param body the lines after the first, never null
     * @return what to display as the result (null for nothing)
     */
    Object run(String argument, String body, MagicContext context) throws Exception;
}
