/**
 * Running cells: JShell in the kernel's JVM, splitting a cell into snippets (simple cells without
 * JShell's costly source analysis), completion, Javadoc for Shift-Tab, and the rewriting of
 * {@code System.exit} so that a cell cannot end the kernel.
 *
 * <p>May import only the JDK (jdk.jshell) and ASM; no DSL package.
 */
package dev.diffkernel.kernel.eval;
