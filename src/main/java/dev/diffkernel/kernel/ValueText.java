package dev.diffkernel.kernel;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import java.util.Locale;

/**
 * Bounds the text of a cell's value: a {@code toString()} of millions of characters would reach
 * the front end in one message and freeze it, so the text is cut, and says so.
 */
final class ValueText {
    /** The most characters of a value's text/plain shown. */
    static final int LIMIT = 100_000;

    private ValueText() {}

    /** {@code data} with its text/plain cut to {@link #LIMIT} characters and a note, if longer. */
    static DisplayData bounded(DisplayData data) {
        Object text = data.getData(MIMEType.TEXT_PLAIN);
        if (text instanceof String plain && plain.length() > LIMIT) {
            data.putText(cut(plain));
        }
        return data;
    }

    static String cut(String text) {
        if (text.length() <= LIMIT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(LIMIT - 1)) ? LIMIT - 1 : LIMIT;
        return text.substring(0, end) + String.format(Locale.ROOT,
                "\n… (value text cut off: %,d of %,d characters shown)", end, text.length());
    }
}
