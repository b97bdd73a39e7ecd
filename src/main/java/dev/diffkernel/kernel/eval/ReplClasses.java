package dev.diffkernel.kernel.eval;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.logging.Logger;

/**
 * What JShell knows about its own classes and does not publish: the class a snippet was compiled
 * into (a cell compiled by {@link CellCompiler} imports the names it uses from there, as JShell's
 * own compilations do), and which snippet and line a frame of such a class is (JShell translates
 * the frames of exceptions it catches; a cell compiled here meets them raw). Read by reflection,
 * opened to the kernel by the jar's manifest ({@code Add-Opens: jdk.jshell/jdk.jshell}).
 */
final class ReplClasses {
    private static final Logger LOG = Logger.getLogger(ReplClasses.class.getName());

    private final JShell jshell;
    private final Method classFullName;
    private final Field outerMap;
    private final Method getOuter;
    private final Method wrapLineToSnippetLine;
    private final Method wrapLineToSnippet;

    private ReplClasses(JShell jshell) throws ReflectiveOperationException {
        this.jshell = jshell;
        classFullName = Snippet.class.getDeclaredMethod("classFullName");
        outerMap = JShell.class.getDeclaredField("outerMap");
        Class<?> map = Class.forName("jdk.jshell.OuterWrapMap");
        getOuter = map.getDeclaredMethod("getOuter", String.class);
        Class<?> outer = Class.forName("jdk.jshell.OuterSnippetsClassWrap");
        wrapLineToSnippetLine = Class.forName("jdk.jshell.OuterWrap").getDeclaredMethod("wrapLineToSnippetLine", int.class);
        wrapLineToSnippet = outer.getDeclaredMethod("wrapLineToSnippet", int.class);
        for (var member : new java.lang.reflect.AccessibleObject[] {classFullName, outerMap, getOuter, wrapLineToSnippetLine,
                wrapLineToSnippet}) {
            member.setAccessible(true); // throws where jdk.jshell is not opened to us
        }
    }

    /** The helper, or null where this JVM does not open JShell's package to the kernel. */
    static ReplClasses of(JShell jshell) {
        try {
            return new ReplClasses(jshell);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.info("cells compile through JShell alone: " + e);
            return null;
        }
    }

    /** The binary name of the class JShell compiled a snippet into, e.g. {@code REPL.$JShell$12B}. */
    String className(Snippet snippet) {
        try {
            return (String) classFullName.invoke(snippet);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JShell's snippet class", e);
        }
    }

    /**
     * A frame of a JShell snippet class as JShell itself reports it (file {@code #id}, the line
     * within the snippet), or the frame unchanged when it is not one.
     */
    StackTraceElement translate(StackTraceElement frame) {
        try {
            Object outer = getOuter.invoke(outerMap.get(jshell), frame.getClassName());
            if (outer == null || frame.getLineNumber() < 1) {
                return frame;
            }
            int wrapLine = frame.getLineNumber() - 1;
            Snippet snippet = (Snippet) wrapLineToSnippet.invoke(outer, wrapLine);
            if (snippet == null) {
                return frame;
            }
            int line = (Integer) wrapLineToSnippetLine.invoke(outer, wrapLine) + 1;
            return new StackTraceElement(frame.getClassName(), frame.getMethodName(), "#" + snippet.id(), line);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return frame;
        }
    }
}
