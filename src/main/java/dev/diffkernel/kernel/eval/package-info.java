/**
 * Running cells: JShell in the kernel's JVM, and beside it {@code CellCompiler}, which compiles a
 * cell's value expression in one javac task instead of JShell's three, and a variable declaration in
 * two (its variable a field that JShell imports when a cell needs it: {@code CompiledVariables}),
 * and runs them through JShell's own execution engine (so interrupts, the refusal of
 * {@code System.exit} and the memory guard treat them like snippets). Also: splitting a cell into
 * snippets (simple cells without
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
