/** Internal to {@code calc.graph}: how a formula becomes nodes. Not for other packages or notebooks. */
package dev.diffkernel.calc.graph.internal;
