package dev.diffkernel.kernel;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * What a cell writes to {@code System.out} or {@code System.err}: collected here and handed on as
 * text in batches (when {@link #flush()} is called by the kernel's flusher every few milliseconds,
 * at the end of a cell, or when a lot has piled up), so output appears while a cell runs without
 * one message per character.
 */
final class CellStream extends OutputStream {
    private static final int FLUSH_THRESHOLD = 64 * 1024;

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final Consumer<String> sink;

    /** @param sink receives each batch of text; called with this stream's lock held */
    CellStream(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public synchronized void write(int b) {
        buffer.write(b);
        if (buffer.size() >= FLUSH_THRESHOLD) {
            flush();
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        buffer.write(bytes, offset, length);
        if (buffer.size() >= FLUSH_THRESHOLD) {
            flush();
        }
    }

    @Override
    public synchronized void flush() {
        if (buffer.size() == 0) {
            return;
        }
        byte[] bytes = buffer.toByteArray();
        int end = completeUtf8Prefix(bytes);
        buffer.reset();
        buffer.write(bytes, end, bytes.length - end);
        if (end > 0) {
            sink.accept(new String(bytes, 0, end, StandardCharsets.UTF_8));
        }
    }

    /** How many leading bytes form whole UTF-8 characters, so a split character waits for its rest. */
    static int completeUtf8Prefix(byte[] bytes) {
        int n = bytes.length;
        for (int back = 1; back <= Math.min(3, n); back++) {
            int b = bytes[n - back] & 0xFF;
            if ((b & 0xC0) == 0x80) {
                continue; // a continuation byte: look further back for the lead byte
            }
            int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? n - back : n;
        }
        return n;
    }
}
