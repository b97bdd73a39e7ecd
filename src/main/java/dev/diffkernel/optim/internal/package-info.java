/**
 * Internal machinery of {@code dev.diffkernel.optim}: the descent loop, number formatting and argument
 * checks. Not part of the notebook DSL; anything here may change without notice.
 */
package dev.diffkernel.optim.internal;
