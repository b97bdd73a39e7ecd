/**
 * Internal machinery of {@code dev.diffkernel.optim}: the descent loop, the objective and where progress
 * goes. Not part of the notebook DSL; anything here may change without notice, and no other package
 * may import it.
 */
package dev.diffkernel.optim.internal;
