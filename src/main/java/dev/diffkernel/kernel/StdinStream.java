package dev.diffkernel.kernel;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * {@code System.in} for cells: when a cell reads and nothing is buffered, the front end is asked
 * for a line ({@code input_request}) and the cell waits for the answer. Where the front end cannot
 * answer (nbconvert, {@code allow_stdin} false) reading gives end of input at once.
 */
final class StdinStream extends InputStream {
    private final Supplier<String> askForLine;
    private byte[] buffer = new byte[0];
    private int position;

    /** @param askForLine returns the user's line, or null for end of input */
    StdinStream(Supplier<String> askForLine) {
        this.askForLine = askForLine;
    }

    @Override
    public synchronized int read() {
        if (!fill()) {
            return -1;
        }
        return buffer[position++] & 0xFF;
    }

    @Override
    public synchronized int read(byte[] target, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int count = Math.min(length, buffer.length - position);
        System.arraycopy(buffer, position, target, offset, count);
        position += count;
        return count;
    }

    @Override
    public synchronized int available() {
        return buffer.length - position;
    }

    private boolean fill() {
        if (position < buffer.length) {
            return true;
        }
        String line = askForLine.get();
        if (line == null) {
            return false;
        }
        buffer = (line + "\n").getBytes(StandardCharsets.UTF_8);
        position = 0;
        return true;
    }
}
