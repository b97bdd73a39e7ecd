package dev.diffkernel.kernel.magic;

import java.util.List;

/**
 * What {@code %classpath}, {@code %jars} or {@code %maven} did, one line per jar; shown as plain
 * text. Immutable.
 *
 * @param lines e.g. {@code Added /home/me/lib/helpers.jar}; never null
 */
public record ClasspathReport(List<String> lines) {
    public ClasspathReport {
        lines = List.copyOf(lines);
    }

    @Override
    public String toString() {
        return String.join("\n", lines);
    }
}
