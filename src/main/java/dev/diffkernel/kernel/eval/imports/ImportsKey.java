package dev.diffkernel.kernel.eval.imports;

/**
 * Nothing public lives in this package on purpose: {@code import dev.diffkernel.kernel.eval.imports.*;}
 * brings no name into a cell, and no cell imports it again. JShell keys an import snippet by its
 * first import, so the kernel puts this import first in the one snippet that holds all its default
 * on-demand imports; a cell that writes {@code import java.util.*;} then makes a snippet of its own
 * instead of replacing (and so dropping) all the defaults.
 */
final class ImportsKey {
    private ImportsKey() {}
}
