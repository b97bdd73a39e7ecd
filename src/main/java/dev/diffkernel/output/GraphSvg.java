package dev.diffkernel.output;

import dev.diffkernel.calc.graph.ComputationGraph;
import dev.diffkernel.common.Html;
import dev.diffkernel.calc.graph.GraphNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Draws a computational graph as SVG, layered left to right as the book draws it: inputs in the first
 * column, each node one column right of its deepest input, f last. Within a column the nodes are ordered by
 * the mean row of their inputs (a few sweeps of the barycentre heuristic), which keeps edges short and
 * crossings few for the ~30 nodes a lecture formula has. Each node shows its definition and, when evaluated,
 * its forward value (black) and ∂f/∂node (red); each edge its local derivative. Plain SVG: it shows the same
 * in the live notebook, in exported HTML and in static viewers.
 */
public final class GraphSvg {
    private static final int ROW = 78;
    private static final int GAP = 150;
    private static final int PAD = 20;
    private static final double CHAR = 7.6;
    private static final String FONT = "font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\"";

    private GraphSvg() {}

    /**
     * The SVG picture.
     *
     * @param graph the graph
     * @param values forward values per node id, or null for a graph not yet evaluated
     * @param gradients ∂f/∂node per node id, or null
     * @param locals per node id, the local derivative's value per input (as in {@code node.inputs()}), or null
     * @return a complete {@code <svg>} element
     */
    public static String draw(ComputationGraph graph, double[] values, double[] gradients, double[][] locals) {
        List<GraphNode> nodes = graph.nodes();
        int layers = graph.layers();
        List<List<GraphNode>> columns = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            columns.add(new ArrayList<>());
        }
        for (GraphNode node : nodes) {
            columns.get(node.layer()).add(node);
        }
        double[] row = new double[nodes.size()];
        for (List<GraphNode> column : columns) {
            place(column, row);
        }
        // barycentre sweeps: left to right by inputs, right to left by readers
        List<List<Integer>> readers = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            readers.add(new ArrayList<>());
        }
        for (GraphNode node : nodes) {
            for (int in : node.inputs()) {
                readers.get(in).add(node.id());
            }
        }
        for (int sweep = 0; sweep < 4; sweep++) {
            boolean forward = sweep % 2 == 0;
            for (int c = forward ? 1 : layers - 2; forward ? c < layers : c >= 0; c += forward ? 1 : -1) {
                List<GraphNode> column = columns.get(c);
                double[] key = new double[nodes.size()];
                for (GraphNode node : column) {
                    List<Integer> near = forward ? node.inputs() : readers.get(node.id());
                    key[node.id()] = near.isEmpty() ? row[node.id()]
                            : near.stream().mapToDouble(i -> row[i]).average().orElse(row[node.id()]);
                }
                if (!forward && c == 0) {
                    continue; // inputs keep the argument order
                }
                column.sort(Comparator.comparingDouble((GraphNode n) -> key[n.id()]).thenComparingInt(GraphNode::id));
                place(column, row);
            }
        }
        int tallest = columns.stream().mapToInt(List::size).max().orElse(1);
        double[] colX = new double[layers];
        double[] colW = new double[layers];
        double x = PAD;
        for (int c = 0; c < layers; c++) {
            double w = 60;
            for (GraphNode node : columns.get(c)) {
                w = Math.max(w, boxWidth(graph, node, values, gradients));
            }
            colX[c] = x;
            colW[c] = w;
            x += w + GAP;
        }
        String legend = values == null ? "" : "black: forward value   red: ∂" + graph.name()
                + "/∂node (backward pass)   blue: local derivative on each edge";
        double width = Math.max(x - GAP + PAD, Math.max(graph.label().length() * 8.4, legend.length() * 6.4) + 2 * PAD);
        double height = tallest * ROW + 2 * PAD + 40;
        double[] cx = new double[nodes.size()];
        double[] cy = new double[nodes.size()];
        for (List<GraphNode> column : columns) {
            double offset = (tallest - column.size()) * ROW / 2.0;
            for (GraphNode node : column) {
                cx[node.id()] = colX[node.layer()] + colW[node.layer()] / 2;
                cy[node.id()] = PAD + 40 + offset + row[node.id()] * ROW + ROW / 2.0 - 6;
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
                        + " viewBox=\"0 0 %.0f %.0f\" style=\"max-width:100%%;height:auto\" %s font-size=\"12\">%n",
                width, height, width, height, FONT));
        svg.append("<defs><marker id=\"dk-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#888\"/>"
                + "</marker></defs>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"14\" fill=\"#333\">%s</text>%n", PAD,
                PAD + 6, Html.escape(graph.label())));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#666\">%s</text>%n", PAD,
                PAD + 22, Html.escape(legend)));
        for (GraphNode node : nodes) {
            for (int k = 0; k < node.inputs().size(); k++) {
                int in = node.inputs().get(k);
                double x1 = cx[in] + boxWidth(graph, nodes.get(in), values, gradients) / 2;
                double y1 = cy[in];
                double x2 = cx[node.id()] - boxWidth(graph, node, values, gradients) / 2;
                double y2 = cy[node.id()];
                double mid = (x1 + x2) / 2;
                svg.append(String.format(Locale.ROOT, "<path d=\"M %.1f %.1f C %.1f %.1f, %.1f %.1f, %.1f %.1f\""
                        + " fill=\"none\" stroke=\"#888\" stroke-width=\"1.3\" marker-end=\"url(#dk-arrow)\"/>%n",
                        x1, y1, mid, y1, mid, y2, x2, y2));
                if (locals != null) {
                    String text = "∂" + node.name() + "/∂" + nodes.get(in).name() + " = " + number(locals[node.id()][k]);
                    // at 62% of the curve: edges into one node, out of one node or crossing keep their labels apart
                    double t = 0.62;
                    double a = Math.pow(1 - t, 3), b = 3 * Math.pow(1 - t, 2) * t, c = 3 * (1 - t) * t * t, d = t * t * t;
                    double lx = a * x1 + (b + c) * mid + d * x2;
                    double ly = (a + b) * y1 + (c + d) * y2;
                    svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#1f5fa8\""
                            + " text-anchor=\"middle\" stroke=\"white\" stroke-width=\"3\" paint-order=\"stroke\">%s</text>%n",
                            lx, ly - 3, Html.escape(text)));
                }
            }
        }
        for (GraphNode node : nodes) {
            double w = boxWidth(graph, node, values, gradients);
            double h = values == null ? 26 : 50;
            boolean output = node.id() == graph.output().id();
            String fill = node.isInput() ? "#e8f1fb" : output ? "#fdecea" : "#f6f6f6";
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"7\""
                    + " fill=\"%s\" stroke=\"#555\" stroke-width=\"1.2\"/>%n", cx[node.id()] - w / 2,
                    cy[node.id()] - h / 2, w, h, fill));
            double top = cy[node.id()] - h / 2;
            svg.append(text(cx[node.id()], top + 17, node.label(), "#000", true));
            if (values != null) {
                svg.append(text(cx[node.id()], top + 31, "= " + number(values[node.id()]), "#333", false));
                svg.append(text(cx[node.id()], top + 45, gradientText(graph, node, gradients), "#c0392b", false));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static void place(List<GraphNode> column, double[] row) {
        for (int i = 0; i < column.size(); i++) {
            row[column.get(i).id()] = i;
        }
    }

    private static String gradientText(ComputationGraph graph, GraphNode node, double[] gradients) {
        return "∂" + graph.name() + "/∂" + node.name() + " = " + number(gradients[node.id()]);
    }

    private static double boxWidth(ComputationGraph graph, GraphNode node, double[] values, double[] gradients) {
        int chars = node.label().length();
        if (values != null) {
            chars = Math.max(chars, ("= " + number(values[node.id()])).length());
            chars = Math.max(chars, gradientText(graph, node, gradients).length());
        }
        return chars * CHAR + 18;
    }

    private static String text(double x, double y, String text, String colour, boolean bold) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\"%s>%s</text>%n",
                x, y, colour, bold ? " font-weight=\"bold\"" : "", Html.escape(text));
    }

    /** Six significant digits, as a lecture prints them: 8.07396, 0.540302, 1e-07. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String s = String.format(Locale.ROOT, "%.6g", value);
        if (s.contains("e")) {
            String[] parts = s.split("e");
            return parts[0].replaceAll("\\.?0+$", "") + "e" + Integer.parseInt(parts[1]);
        }
        return s.contains(".") ? s.replaceAll("\\.?0+$", "") : s;
    }
}
