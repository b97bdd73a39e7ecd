package dev.diffkernel.kernel.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Javadoc of a method or type from the {@code .java} sources packed in the kernel jar.
 * JShell looks for Javadoc only in the JDK's src.zip, so without this Shift-Tab on a DSL method
 * would show its signature but none of the documentation written for students.
 */
final class SourceJavadoc {
    /** {@code ret pkg.Type.method(Type a, Type b)} or {@code pkg.Type} as JShell prints them. */
    private static final Pattern METHOD = Pattern.compile("(?:.*\\s)?([\\w.$]+)\\.([\\w$]+)\\((.*)\\)\\s*");
    private static final Pattern COMMENT_THEN_CODE = Pattern.compile("/\\*\\*(.*?)\\*/\\s*([^;{]*?)[{;]", Pattern.DOTALL);

    private final ClassLoader loader;
    private final List<String> packages;
    private final Map<String, Optional<String>> sources = new ConcurrentHashMap<>();

    SourceJavadoc(ClassLoader loader) {
        this(loader, List.of());
    }

    /**
     * @param packages where to look for a type JShell names without its package: it prints
     *     {@code Fn Calculus.fn(String mathText)} for a statically imported {@code Calculus}
     */
    SourceJavadoc(ClassLoader loader, List<String> packages) {
        this.loader = loader;
        this.packages = List.copyOf(packages);
    }

    /** The Javadoc text for a JShell signature, or empty when the source is not available. */
    Optional<String> find(String signature) {
        Matcher method = METHOD.matcher(signature);
        if (method.matches()) {
            return source(method.group(1)).flatMap(text -> methodDoc(text, method.group(2), parameterNames(method.group(3))));
        }
        String type = signature.strip();
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return source(type).flatMap(text -> typeDoc(text, simple));
    }

    private Optional<String> source(String type) {
        if (type.contains(".")) {
            Optional<String> text = qualifiedSource(type);
            if (text.isPresent()) {
                return text;
            }
        }
        for (String pkg : packages) {
            Optional<String> text = qualifiedSource(pkg + "." + type);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    private Optional<String> qualifiedSource(String qualifiedType) {
        // Nested types live in their outermost class's file: try pkg/A/B.java, then pkg/A.java.
        String path = qualifiedType;
        while (path.contains(".")) {
            String resource = "javadoc-sources/" + path.replace('.', '/') + ".java"; // see the pom
            Optional<String> text = sources.computeIfAbsent(resource, this::read);
            if (text.isPresent()) {
                return text;
            }
            path = path.substring(0, path.lastIndexOf('.'));
        }
        return Optional.empty();
    }

    private Optional<String> read(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<String> parameterNames(String parameters) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : (parameters + ",").toCharArray()) {
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                String parameter = current.toString().strip();
                if (!parameter.isEmpty()) {
                    names.add(parameter.substring(parameter.lastIndexOf(' ') + 1));
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return names;
    }

    private static Optional<String> methodDoc(String source, String name, List<String> parameters) {
        Pattern declaration = Pattern.compile("(?s).*\\b" + Pattern.quote(name) + "\\s*\\((.*)\\)[^()]*");
        Matcher comments = COMMENT_THEN_CODE.matcher(source);
        while (comments.find()) {
            Matcher matched = declaration.matcher(comments.group(2));
            if (matched.matches() && parameterNames(stripAnnotations(matched.group(1))).equals(parameters)) {
                return Optional.of(clean(comments.group(1)));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> typeDoc(String source, String simpleName) {
        Pattern declaration = Pattern.compile("(?s).*\\b(class|interface|record|enum)\\s+" + Pattern.quote(simpleName) + "\\b.*");
        Matcher comments = COMMENT_THEN_CODE.matcher(source);
        while (comments.find()) {
            if (declaration.matcher(comments.group(2)).matches()) {
                return Optional.of(clean(comments.group(1)));
            }
        }
        return Optional.empty();
    }

    private static String stripAnnotations(String parameters) {
        return parameters.replaceAll("@\\w+(\\([^)]*\\))?\\s*", "").replace("final ", "");
    }

    /** The comment's text without its leading asterisks, tags rendered for reading. */
    private static String clean(String comment) {
        StringBuilder text = new StringBuilder();
        for (String line : comment.split("\n")) {
            text.append(line.replaceFirst("^\\s*\\* ?", "")).append('\n');
        }
        return Javadoc.toText(text.toString()
                .replaceAll("(?m)^@param (\\S+)", "$1 —")
                .replaceAll("(?m)^@return", "Returns:")
                .replaceAll("(?m)^@throws (\\S+)", "Throws $1:"));
    }
}
