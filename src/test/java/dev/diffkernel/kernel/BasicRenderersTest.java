package dev.diffkernel.kernel;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BasicRenderersTest {
    private final Renderer renderer = new Renderer();

    BasicRenderersTest() {
        BasicRenderers.register(renderer);
    }

    private String plain(Object value) {
        return (String) BasicRenderers.render(renderer, value).getData(MIMEType.TEXT_PLAIN);
    }

    @Test
    void arraysShowTheirElements() {
        assertEquals("[8.0, 15.0]", plain(new double[] {8, 15}));
        assertEquals("[1, 2]", plain(new int[] {1, 2}));
        assertEquals("[[1.0, 2.0], [3.0, 4.0]]", plain(new double[][] {{1, 2}, {3, 4}}));
        assertEquals("[x, y]", plain(new String[] {"x", "y"}));
        assertEquals("null", plain(null));
    }

    @Test
    void aDisplayBundleACellBuiltIsShownAsItIs() {
        DisplayData built = new DisplayData("plain");
        built.putHTML("<b>rich</b>");
        DisplayData shown = BasicRenderers.render(renderer, built);
        assertEquals("<b>rich</b>", shown.getData(MIMEType.TEXT_HTML));
        assertEquals("plain", shown.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void stringsAreQuotedLikeJavaLiterals() {
        assertEquals("\"say \\\"hi\\\"\\n\"", plain("say \"hi\"\n"));
    }

    @Test
    void otherObjectsUseToString() {
        assertEquals("[a, b]", plain(List.of("a", "b")));
        assertEquals("0.1999999999990898", plain(0.1999999999990898));
    }

    @Test
    void imagesArePngWithATextTwin() {
        DisplayData data = renderer.render(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB));
        byte[] png = Base64.getDecoder().decode((String) data.getData(MIMEType.IMAGE_PNG));
        assertEquals((byte) 0x89, png[0]);
        assertEquals("PNG", new String(png, 1, 3));
        assertEquals("image 3x2", data.getData(MIMEType.TEXT_PLAIN));
        assertTrue(data.hasDataForType(MIMEType.TEXT_PLAIN));
    }
}
