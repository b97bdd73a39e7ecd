/**
 * Running cells: JShell in the kernel's JVM, and beside it {@code CellCompiler},
 * which compiles a cell's value expression in one javac task instead of JShell's three and runs it
 * through JShell's own execution engine (so interrupts, the refusal of {@code System.exit} and the
 * memory guard treat it like a snippet). Also: splitting a cell into snippets (simple cells without
 * JShell's costly source analysis), completion, Javadoc for Shift-Tab, and the rewriting of
 * {@code System.exit} so that a cell cannot end the kernel.
 *
 * <p>The cell compiler and {@code ReplClasses} reach into javac and JShell
 * where JShell itself does (the jar's manifest opens those packages to the kernel); where they are
 * closed, every cell goes through JShell.
 *
 * <p>May import only the JDK (jdk.jshell, jdk.compiler) and ASM; no DSL package.
 */
package dev.diffkernel.kernel.eval;
