package dev.diffkernel.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A figure's layout: title, size, axes, legend, annotations and shapes, animation controls.
 * Immutable; each {@code with} returns a new layout, and a null component leaves plotly's default.
 *
 * @param title the title, or null
 * @param width the width in CSS pixels, or null for plotly's (the cell's width)
 * @param height the height in CSS pixels, or null for plotly's (450)
 * @param xaxis the 2-D x axis, or null
 * @param yaxis the 2-D y axis, or null
 * @param scene the 3-D scene, or null
 * @param margin the margins, or null
 * @param showLegend whether a legend is drawn, or null for plotly's choice (when there are two traces)
 * @param legend the legend's place, or null
 * @param annotations text on the plot; possibly empty
 * @param shapes lines, rectangles and circles on the plot; possibly empty
 * @param sliders animation sliders; possibly empty
 * @param updateMenus button rows (Play/Pause); possibly empty
 * @param extra any other plotly layout attributes, by name, possibly empty: a figure read from Tablesaw
 *     keeps all of its layout here, in its order, and the typed components are written in their place
 */
public record Layout(String title, Integer width, Integer height, Axis xaxis, Axis yaxis, Scene scene, Margin margin,
                     Boolean showLegend, Legend legend, List<Annotation> annotations, List<FigureShape> shapes,
                     List<Slider> sliders, List<UpdateMenu> updateMenus, Map<String, Object> extra)
        implements PlotlyValue {
    public Layout {
        annotations = List.copyOf(annotations);
        shapes = List.copyOf(shapes);
        sliders = List.copyOf(sliders);
        updateMenus = List.copyOf(updateMenus);
        extra = Attributes.copyOf(Objects.requireNonNull(extra, "extra"));
    }

    /** Plotly's default layout. */
    public static Layout empty() {
        return new Layout(null, null, null, null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(),
                Map.of());
    }

    @Override
    public Map<String, Object> extra() {
        return Attributes.copyOf(extra);
    }

    public Layout withTitle(String t) {
        return new Layout(t, width, height, xaxis, yaxis, scene, margin, showLegend, legend, annotations, shapes, sliders,
                updateMenus, extra);
    }

    /** This layout at a size in CSS pixels. */
    public Layout withSize(int w, int h) {
        return new Layout(title, w, h, xaxis, yaxis, scene, margin, showLegend, legend, annotations, shapes, sliders,
                updateMenus, extra);
    }

    public Layout withXaxis(Axis a) {
        return new Layout(title, width, height, a, yaxis, scene, margin, showLegend, legend, annotations, shapes, sliders,
                updateMenus, extra);
    }

    public Layout withYaxis(Axis a) {
        return new Layout(title, width, height, xaxis, a, scene, margin, showLegend, legend, annotations, shapes, sliders,
                updateMenus, extra);
    }

    public Layout withScene(Scene s) {
        return new Layout(title, width, height, xaxis, yaxis, s, margin, showLegend, legend, annotations, shapes, sliders,
                updateMenus, extra);
    }

    public Layout withMargin(Margin m) {
        return new Layout(title, width, height, xaxis, yaxis, scene, m, showLegend, legend, annotations, shapes, sliders,
                updateMenus, extra);
    }

    public Layout withShowLegend(boolean show) {
        return new Layout(title, width, height, xaxis, yaxis, scene, margin, show, legend, annotations, shapes, sliders,
                updateMenus, extra);
    }

    public Layout withLegend(Legend l) {
        return new Layout(title, width, height, xaxis, yaxis, scene, margin, showLegend, l, annotations, shapes, sliders,
                updateMenus, extra);
    }

    public Layout withAnnotations(List<Annotation> a) {
        return new Layout(title, width, height, xaxis, yaxis, scene, margin, showLegend, legend, a, shapes, sliders,
                updateMenus, extra);
    }

    public Layout withShapes(List<FigureShape> s) {
        return new Layout(title, width, height, xaxis, yaxis, scene, margin, showLegend, legend, annotations, s, sliders,
                updateMenus, extra);
    }

    public Layout withSliders(List<Slider> s) {
        return new Layout(title, width, height, xaxis, yaxis, scene, margin, showLegend, legend, annotations, shapes, s,
                updateMenus, extra);
    }

    public Layout withUpdateMenus(List<UpdateMenu> u) {
        return new Layout(title, width, height, xaxis, yaxis, scene, margin, showLegend, legend, annotations, shapes,
                sliders, u, extra);
    }

    /**
     * This layout with one more plotly attribute by name, for what the typed components do not
     * cover ({@code "hovermode"}, {@code "plot_bgcolor"}); typed components win over it.
     *
     * @param name a top-level layout attribute; never null
     * @param value a string, number, boolean, list or map; null removes it
     */
    public Layout with(String name, Object value) {
        Objects.requireNonNull(name, "name");
        Map<String, Object> more = extra();
        if (value == null) {
            more.remove(name);
        } else {
            more.put(name, value);
        }
        return new Layout(title, width, height, xaxis, yaxis, scene, margin, showLegend, legend, annotations, shapes,
                sliders, updateMenus, more);
    }

    @Override
    public Map<String, Object> toPlotly() {
        return Attributes.over(extra, new Attributes().put("title", title)
                .put("width", width).put("height", height).put("xaxis", xaxis).put("yaxis", yaxis).put("scene", scene)
                .put("margin", margin).put("showlegend", showLegend).put("legend", legend)
                .put("annotations", new ArrayList<>(annotations)).put("shapes", new ArrayList<>(shapes))
                .put("sliders", new ArrayList<>(sliders)).put("updatemenus", new ArrayList<>(updateMenus)));
    }
}
