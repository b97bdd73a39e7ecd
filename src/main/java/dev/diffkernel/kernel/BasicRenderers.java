package dev.diffkernel.kernel;

import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import java.util.Arrays;

/**
 * Plain Java values shown as a Java programmer reads them: arrays by their elements (not
 * {@code [D@1b6d3586}), strings in quotes so that {@code "5"} and {@code 5} differ.
 */
final class BasicRenderers {
    private BasicRenderers() {}

    static void register(Renderer renderer) {
        renderer.createRegistration(String.class).preferring(MIMEType.TEXT_PLAIN)
                .register((text, context) -> context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> quote(text)));
        renderer.createRegistration(Object[].class).preferring(MIMEType.TEXT_PLAIN)
                .register((array, context) -> context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> Arrays.deepToString(array)));
        register(renderer, double[].class, Arrays::toString);
        register(renderer, int[].class, Arrays::toString);
        register(renderer, long[].class, Arrays::toString);
        register(renderer, float[].class, Arrays::toString);
        register(renderer, boolean[].class, Arrays::toString);
        register(renderer, char[].class, Arrays::toString);
        register(renderer, byte[].class, Arrays::toString);
        register(renderer, short[].class, Arrays::toString);
    }

    private static <T> void register(Renderer renderer, Class<T> type, java.util.function.Function<T, String> text) {
        renderer.createRegistration(type).preferring(MIMEType.TEXT_PLAIN)
                .register((value, context) -> context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> text.apply(value)));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
