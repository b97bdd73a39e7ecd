package dev.diffkernel.kernel.magic;

import dev.diffkernel.display.Display;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The registered magics, by name. Registration is explicit ({@link #standard()} lists them all);
 * nothing is discovered by scanning.
 */
public final class Magics {
    private final Map<String, LineMagic> lineMagics = new TreeMap<>();
    private final Map<String, CellMagic> cellMagics = new TreeMap<>();

    /** The magics DiffKernel offers: IPython's familiar ones. */
    public static Magics standard() {
        Magics magics = new Magics();
        magics.registerLineMagic("time", new TimeMagic());
        magics.registerCellMagic("time", new TimeMagic());
        magics.registerLineMagic("timeit", new TimeItMagic());
        magics.registerCellMagic("timeit", new TimeItMagic());
        magics.registerLineMagic("vars", (argument, context) -> new VariablesTable(context.variables()));
        // As in IPython, these display their body (display_data) rather than return a result.
        magics.registerCellMagic("html", (argument, body, context) -> shown(Display.html(body)));
        magics.registerCellMagic("latex", (argument, body, context) -> shown(Display.latex(body)));
        magics.registerCellMagic("markdown", (argument, body, context) -> shown(Display.markdown(body)));
        // printed, not returned: a returned String shows as a quoted Java literal with a visible \n
        magics.registerLineMagic("lsmagic", (argument, context) -> {
            System.out.println(magics);
            return null;
        });
        magics.registerLineMagic("classpath", ClasspathMagics::classpath);
        magics.registerLineMagic("jars", ClasspathMagics::jars);
        magics.registerLineMagic("maven", ClasspathMagics::maven);
        return magics;
    }

    private static Object shown(Object content) {
        Display.display(content);
        return null;
    }

    public void registerLineMagic(String name, LineMagic magic) {
        lineMagics.put(name, magic);
    }

    public void registerCellMagic(String name, CellMagic magic) {
        cellMagics.put(name, magic);
    }

    public Optional<LineMagic> lineMagic(String name) {
        return Optional.ofNullable(lineMagics.get(name));
    }

    public Optional<CellMagic> cellMagic(String name) {
        return Optional.ofNullable(cellMagics.get(name));
    }

    /** Lists the magics, as {@code %lsmagic} shows them. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Line magics:");
        lineMagics.keySet().forEach(name -> text.append(" %").append(name));
        text.append("\nCell magics:");
        cellMagics.keySet().forEach(name -> text.append(" %%").append(name));
        return text.toString();
    }
}
