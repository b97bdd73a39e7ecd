/**
 * {@code java -jar diffkernel.jar install|uninstall}: the kernel jar registers itself as a Jupyter
 * kernelspec, with no Maven, apt or root needed. The kernelspec is self-contained: the jar copied
 * in, the JVM that ran the command, and a class-data-sharing archive recorded there.
 */
package dev.diffkernel.install;
