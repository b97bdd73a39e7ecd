package dev.diffkernel.figure;

/** How a {@link Scatter} or {@link Scatter3d} draws its points (plotly's {@code mode}). */
public enum Mode {
    LINES("lines"), MARKERS("markers"), LINES_MARKERS("lines+markers"), TEXT("text"), MARKERS_TEXT("markers+text"),
    LINES_MARKERS_TEXT("lines+markers+text");

    private final String plotly;

    Mode(String plotly) {
        this.plotly = plotly;
    }

    /**
     * The mode plotly spells {@code plotly}, e.g. "lines+markers".
     *
     * @throws IllegalArgumentException if plotly has no such mode
     */
    public static Mode of(String plotly) {
        for (Mode m : values()) {
            if (m.plotly.equals(plotly)) {
                return m;
            }
        }
        throw new IllegalArgumentException("mode must be one of lines, markers, lines+markers, text, markers+text, "
                + "lines+markers+text but was \"" + plotly + "\"");
    }

    /** Plotly's spelling, e.g. "lines+markers". */
    public String plotly() {
        return plotly;
    }
}
