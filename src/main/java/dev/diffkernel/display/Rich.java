package dev.diffkernel.display;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

/**
 * Content shown in one MIME type with a plain-text twin: HTML, Markdown, LaTeX, SVG or an image.
 * A cell that returns one (or passes it to {@code display}) shows it rendered, not as text. Made
 * by {@link Display#html}, {@link Display#markdown}, {@link Display#latex}, {@link Display#svg} and
 * {@link Display#image}. Immutable.
 *
 * @param mimeType the MIME type, e.g. "text/html" or "image/png"; never null
 * @param data the content as Jupyter carries it: text, or base64 for a bitmap; never null
 * @param text the text/plain twin, for front ends that show no rich output; never null
 */
public record Rich(String mimeType, String data, String text) {
    public Rich {
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(text, "text");
    }

    static Rich source(String mimeType, String what, String source) {
        Objects.requireNonNull(source, what);
        return new Rich(mimeType, source, source);
    }

    static Rich svg(String source) {
        Objects.requireNonNull(source, "svg");
        if (!source.contains("<svg")) {
            String start = source.strip();
            throw new IllegalArgumentException("svg needs an SVG document (<svg ...>...</svg>) but was \""
                    + (start.length() > 40 ? start.substring(0, 40) + "..." : start) + "\"");
        }
        return new Rich("image/svg+xml", source, "SVG picture (" + source.length() + " characters)");
    }

    static Rich image(Path path) {
        Objects.requireNonNull(path, "path");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("Cannot show image " + path + ": no such file (relative paths start at "
                    + Path.of("").toAbsolutePath() + ")", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot show image " + path + ": " + e.getMessage(), e);
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        String type = imageType(bytes, name);
        if (type.equals("image/svg+xml")) {
            return new Rich(type, new String(bytes, java.nio.charset.StandardCharsets.UTF_8), "image " + name);
        }
        return new Rich(type, Base64.getEncoder().encodeToString(bytes), "image " + name + " (" + bytes.length + " bytes)");
    }

    /** The type from the file's first bytes (its name may lie), else from its extension. */
    private static String imageType(byte[] b, String name) {
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return "image/gif";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".svg")) {
            return "image/svg+xml";
        }
        throw new IllegalArgumentException("Cannot show image " + name
                + ": it is not a PNG, JPEG, GIF or SVG file (its first bytes say none of these)");
    }

    /** The text twin. */
    @Override
    public String toString() {
        return text;
    }
}
