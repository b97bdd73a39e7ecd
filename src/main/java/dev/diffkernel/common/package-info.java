/**
 * The small pieces every DSL package shares, one of each: {@link dev.diffkernel.common.Numbers}
 * (the number formatter, with named styles), {@link dev.diffkernel.common.Html} (the HTML escaper),
 * {@link dev.diffkernel.common.Args} (the argument-check style), elision of long rows and Tablesaw
 * column helpers.
 *
 * <p>May import only the JDK and Tablesaw; no other DiffKernel package (they all import this one).
 */
package dev.diffkernel.common;
