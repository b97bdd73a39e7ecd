package dev.diffkernel.kernel.eval;

/** Turns a raw Javadoc comment into plain text for a tooltip. */
final class Javadoc {
    private Javadoc() {}

    static String toText(String javadoc) {
        String text = javadoc
                .replaceAll("\\{@(?:code|literal) ([^}]*)}", "$1")
                .replaceAll("\\{@(?:link|linkplain) ([^} ]*)(?: ([^}]*))?}", "$1")
                .replaceAll("(?i)<p>", "\n")
                .replaceAll("(?i)<li>", "\n - ")
                .replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return text.replaceAll("\n{3,}", "\n\n").strip();
    }
}
