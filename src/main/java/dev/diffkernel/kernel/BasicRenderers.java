package dev.diffkernel.kernel;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import javax.imageio.ImageIO;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Plain Java values shown as a Java programmer reads them: arrays by their elements (not
 * {@code [D@1b6d3586}), strings in quotes so that {@code "5"} and {@code 5} differ, images as
 * pictures.
 */
final class BasicRenderers {
    private BasicRenderers() {}

    static void register(Renderer renderer) {
        renderer.createRegistration(String.class).preferring(MIMEType.TEXT_PLAIN)
                .register((text, context) -> context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> quote(text)));
        renderer.createRegistration(RenderedImage.class).preferring(MIMEType.IMAGE_PNG).supporting(MIMEType.TEXT_PLAIN)
                .register((image, context) -> {
                    context.renderIfRequested(MIMEType.IMAGE_PNG, () -> png(image));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN,
                            () -> "image " + image.getWidth() + "x" + image.getHeight());
                });
    }

    /**
     * Renders any cell value: null and arrays here (the renderer matches classes, and an array's
     * class has no useful supertype), everything else through the registrations.
     */
    static DisplayData render(Renderer renderer, Object value) {
        if (value == null) {
            return new DisplayData("null");
        }
        if (value instanceof DisplayData data) {
            return data; // a display bundle a cell built itself: shown as it is, not as DisplayData@1b6d3586
        }
        if (value.getClass().isArray()) {
            String text = Arrays.deepToString(new Object[] {value});
            return new DisplayData(text.substring(1, text.length() - 1));
        }
        return renderer.render(value);
    }

    /** An image as base64 PNG, the form Jupyter expects for image/png. */
    private static String png(RenderedImage image) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return Base64.getEncoder().encodeToString(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode the image as PNG", e);
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
