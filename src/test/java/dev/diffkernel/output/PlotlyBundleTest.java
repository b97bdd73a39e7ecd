package dev.diffkernel.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class PlotlyBundleTest {
    @Test
    void theBuildShipsTheBundleCompressedExactlyAsAKernelWouldCompressIt() {
        assertNotNull(PlotlyBundle.class.getClassLoader().getResource(PlotlyBundle.PACKED_RESOURCE),
                "the build's process-classes step (exec-maven-plugin, PlotlyBundle.main) did not run");
        // the same bytes, so notebooks' outputs do not depend on where the bundle was compressed
        assertArrayEquals(PlotlyBundle.gzip(PlotlyBundle.read(PlotlyBundle.RESOURCE)), PlotlyBundle.packedBundle());
    }

    @Test
    void theLoaderScriptCarriesPlotlyJsWhole() throws IOException {
        String script = PlotlyBundle.loaderScript();
        int start = script.indexOf("H4sI"); // base64 of gzip's magic number
        assertTrue(start > 0, "no gzip data in the loader script");
        int end = start;
        while (end < script.length() && "+/=".indexOf(script.charAt(end)) >= 0 || end < script.length()
                && Character.isLetterOrDigit(script.charAt(end))) {
            end++;
        }
        byte[] packed = Base64.getDecoder().decode(script.substring(start, end));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
            assertArrayEquals(PlotlyBundle.read(PlotlyBundle.RESOURCE), in.readAllBytes());
        }
    }
}
