package dev.diffkernel.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * plotly.js as the notebook receives it: the minified bundle from the
 * {@code org.webjars.bower:plotly.js} jar on the class path, gzip-compressed and base64-encoded
 * inside a small loader script (3.4 MB become about 1.4 MB). The build compresses it once
 * ({@link #main}, at Maven's {@code process-classes}), as compressing it costs every kernel about
 * 0.16 s of CPU; without that resource (a class path without the build's output) it is compressed
 * here. Built on first use, then kept.
 */
public final class PlotlyBundle {
    /** The plotly.js version of the webjar; Tablesaw 0.44's templates are written for it. */
    public static final String VERSION = "1.54.1";
    static final String RESOURCE = "META-INF/resources/webjars/plotly.js/" + VERSION + "/dist/plotly.min.js";
    /** The bundle gzip-compressed by the build, next to this class. */
    static final String PACKED_RESOURCE = "dev/diffkernel/output/plotly.min.js.gz";

    private static final Object LOCK = new Object();
    private static String loaderScript; // guarded by LOCK

    private PlotlyBundle() {}

    /**
     * The loader script (without {@code <script>} tags) that unpacks and runs plotly.js once per page.
     *
     * @throws IllegalStateException if the webjar is not on the class path
     */
    public static String loaderScript() {
        synchronized (LOCK) {
            if (loaderScript == null) {
                String packed = Base64.getEncoder().encodeToString(packedBundle());
                loaderScript = Resources.text("plotly-loader.js").replace("@BUNDLE@", packed);
            }
            return loaderScript;
        }
    }

    /** The gzip-compressed bundle: the build's, or made now when the build's is missing. */
    static byte[] packedBundle() {
        return PlotlyBundle.class.getClassLoader().getResource(PACKED_RESOURCE) != null ? read(PACKED_RESOURCE)
                : gzip(read(RESOURCE));
    }

    /**
     * The build step: writes the gzip-compressed bundle to the file {@code args[0]} (the pom runs it
     * at {@code process-classes} with {@code target/classes/}{@value #PACKED_RESOURCE}).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PlotlyBundle OUTPUT_FILE");
        }
        Path output = Path.of(args[0]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.write(output, gzip(read(RESOURCE)));
    }

    static byte[] read(String resource) {
        ClassLoader loader = PlotlyBundle.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("plotly.js " + VERSION + " is missing from the class path (" + resource
                        + "); add org.webjars.bower:plotly.js:" + VERSION + " to the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The bundle's text, for tests and for pages written outside a notebook. */
    public static String plotlyJs() {
        return new String(read(RESOURCE), StandardCharsets.UTF_8);
    }
}
