/**
 * The Jupyter wire protocol: ZeroMQ sockets (jeromq), signed multipart messages and the
 * connection file.
 *
 * <p>May import only the JDK, jeromq and Gson; nothing of the DSL or basekernel.
 */
package dev.diffkernel.kernel.wire;
