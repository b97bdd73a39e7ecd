package dev.diffkernel.display;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Showing things in the notebook from inside a cell: {@code display(x)} renders {@code x} below the
 * cell now (as the cell's last expression would be at its end), and the returned handle can replace
 * that output later, e.g. for progress.
 *
 * <pre>{@code
 * var progress = display("step 0");
 * for (int i = 1; i <= 100; i++) { ...; progress.update("step " + i); }
 * }</pre>
 */
public final class Display {
    private static final AtomicInteger NEXT_ID = new AtomicInteger(1);
    private static volatile Sink sink = new PrintingSink();

    private Display() {}

    /** Where displays go: the kernel's IOPub channel, or standard output outside a kernel. */
    public interface Sink {
        /** Shows {@code value} as a new output with the given display id. */
        void display(Object value, String displayId);

        /** Replaces the output that has {@code displayId} with {@code value}. */
        void update(Object value, String displayId);

        /** Clears the current cell's output, now or (with {@code wait}) when new output arrives. */
        void clear(boolean wait);
    }

    /**
     * A value that a cell shows as a display rather than as its result: the kernel publishes it as
     * {@code display_data}, never as {@code execute_result}. Graders read a cell's result as its
     * score (nbgrader takes a numeric {@code execute_result} as partial credit and warns about any
     * other), so a passed answer check shows this way.
     */
    public interface ShownAsDisplay {}

    /**
     * Installs where displays go; the kernel calls this once at start-up. Without it (a DSL used
     * outside a notebook) displays print their text.
     *
     * @param kernelSink the new sink, never null
     */
    public static void connect(Sink kernelSink) {
        sink = Objects.requireNonNull(kernelSink, "sink");
    }

    /**
     * Shows {@code value} below the current cell, rendered richly (a table, a formula, a plot), and
     * returns a handle to update it in place.
     *
     * @param value what to show; null shows {@code null}
     * @return a handle to this output, never null
     */
    public static DisplayHandle display(Object value) {
        DisplayHandle handle = new DisplayHandle("diffkernel-" + NEXT_ID.getAndIncrement());
        sink.display(value, handle.id());
        return handle;
    }

    /**
     * HTML shown rendered: {@code html("<b>bold</b>")}. A cell can return it or pass it to
     * {@link #display}. The notebook trusts it like any cell output: only show HTML you wrote.
     *
     * @param source the HTML; never null
     * @return the content, never null
     */
    public static Rich html(String source) {
        return Rich.source("text/html", "html", source);
    }

    /**
     * Markdown shown rendered: {@code markdown("**loss** fell to " + loss)}.
     *
     * @param source the Markdown; never null
     * @return the content, never null
     */
    public static Rich markdown(String source) {
        return Rich.source("text/markdown", "markdown", source);
    }

    /**
     * LaTeX math shown typeset: {@code latex("$f'(x) = 2x$")} (with its {@code $} delimiters).
     *
     * @param source the LaTeX, with {@code $...$} or {@code $$...$$}; never null
     * @return the content, never null
     */
    public static Rich latex(String source) {
        return Rich.source("text/latex", "latex", source);
    }

    /**
     * An SVG picture: {@code svg("<svg width='20' height='20'><circle cx='10' cy='10' r='8'/></svg>")}.
     *
     * @param source an SVG document; never null
     * @return the content, never null
     * @throws IllegalArgumentException if {@code source} has no {@code <svg} element
     */
    public static Rich svg(String source) {
        return Rich.svg(source);
    }

    /**
     * An image file (PNG, JPEG, GIF or SVG), read now and shown in the notebook:
     * {@code image("figures/network.png")}. A relative path starts at the kernel's working
     * directory, which is the notebook's folder.
     *
     * @param path the file; never null
     * @return the content, never null
     * @throws IllegalArgumentException if the file cannot be read or is no such image
     */
    public static Rich image(String path) {
        return Rich.image(java.nio.file.Path.of(java.util.Objects.requireNonNull(path, "path")));
    }

    /**
     * An image file, as {@link #image(String)}.
     *
     * @param path the file; never null
     * @return the content, never null
     * @throws IllegalArgumentException if the file cannot be read or is no such image
     */
    public static Rich image(java.nio.file.Path path) {
        return Rich.image(path);
    }

    /**
     * Clears the output of the running cell, e.g. before drawing the next frame of an animation:
     * {@code clearOutput(true); display(plot(f).tangentAt(x));}
     *
     * @param wait true to clear only when the next output arrives, which avoids flicker
     */
    public static void clearOutput(boolean wait) {
        sink.clear(wait);
    }

    /** Clears the output of the running cell at once, e.g. {@code clearOutput(); System.out.println("step " + i);} */
    public static void clearOutput() {
        clearOutput(false);
    }

    /**
     * A displayed output that can be replaced, e.g. by the next state of a computation.
     *
     * @param id the display id Jupyter uses to find the output
     */
    public record DisplayHandle(String id) {
        /**
         * Replaces the displayed output with {@code value}.
         *
         * @param value the new content; null shows {@code null}
         * @return this handle
         */
        public DisplayHandle update(Object value) {
            sink.update(value, id);
            return this;
        }

        @Override
        public String toString() {
            return "display " + id;
        }
    }

    private static final class PrintingSink implements Sink {
        @Override
        public void display(Object value, String displayId) {
            System.out.println(value);
        }

        @Override
        public void update(Object value, String displayId) {
            System.out.println(value);
        }

        @Override
        public void clear(boolean wait) {
            // nothing to clear on a terminal
        }
    }
}
