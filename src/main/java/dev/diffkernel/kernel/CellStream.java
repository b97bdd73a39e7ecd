package dev.diffkernel.kernel;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * What a cell writes to {@code System.out} or {@code System.err}: collected here and handed on as
 * text in batches (when {@link #flush()} is called by the kernel's flusher every few milliseconds,
 * at the end of a cell, or when a lot has piled up), so output appears while a cell runs without
 * one message per character. Past the cell's {@link OutputBudget} text is counted, not kept, and
 * a note marks the place.
 */
final class CellStream extends OutputStream {
    private static final int FLUSH_THRESHOLD = 64 * 1024;

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final Consumer<String> sink;
    private final OutputBudget budget;
    private boolean cutNoted;
    private long firstWaiting; // System.nanoTime() of the oldest text not yet sent; 0 for none

    /** @param sink receives each batch of text; called with this stream's lock held */
    CellStream(Consumer<String> sink) {
        this(sink, new OutputBudget());
    }

    /**
     * @param sink receives each batch of text; called with this stream's lock held
     * @param budget shared by the streams of a cell
     */
    CellStream(Consumer<String> sink, OutputBudget budget) {
        this.sink = sink;
        this.budget = budget;
    }

    @Override
    public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        int allowed = budget.allow(length);
        if (buffer.size() == 0 && allowed > 0) {
            firstWaiting = System.nanoTime();
        }
        buffer.write(bytes, offset, allowed);
        if (allowed < length && !cutNoted) {
            cutNoted = true;
            byte[] kept = buffer.toByteArray();
            buffer.reset();
            buffer.write(kept, 0, completeUtf8Prefix(kept)); // a character cut in two would wait forever
            buffer.writeBytes(OutputBudget.cutNote().getBytes(StandardCharsets.UTF_8));
            flush();
        }
        if (buffer.size() >= FLUSH_THRESHOLD) {
            flush();
        }
    }

    /** How many milliseconds the oldest text not yet sent has waited at {@code now}; 0 for none. */
    synchronized long waitingSince(long now) {
        return buffer.size() == 0 ? 0 : (now - firstWaiting) / 1_000_000;
    }

    /** A new cell: the place of the cut is noted again when it prints too much. */
    synchronized void newCell() {
        cutNoted = false;
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
        firstWaiting = System.nanoTime();
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
