package dev.diffkernel.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * plotly.js as the notebook receives it: the minified bundle from the
 * {@code org.webjars.bower:plotly.js} jar on the class path, gzip-compressed and base64-encoded
 * inside a small loader script (3.4 MB become about 1.4 MB). Built on first use, then kept.
 */
public final class PlotlyBundle {
    /** The plotly.js version of the webjar; Tablesaw 0.44's templates are written for it. */
    public static final String VERSION = "1.54.1";
    static final String RESOURCE = "META-INF/resources/webjars/plotly.js/" + VERSION + "/dist/plotly.min.js";

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
                String packed = Base64.getEncoder().encodeToString(gzip(read(RESOURCE)));
                loaderScript = Resources.text("plotly-loader.js").replace("@BUNDLE@", packed);
            }
            return loaderScript;
        }
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

    private static byte[] gzip(byte[] data) {
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
