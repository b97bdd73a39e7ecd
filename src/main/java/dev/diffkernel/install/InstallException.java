package dev.diffkernel.install;

/** An install or uninstall that cannot go ahead; the message says why and what to do instead. */
public final class InstallException extends Exception {
    public InstallException(String message) {
        super(message);
    }
}
