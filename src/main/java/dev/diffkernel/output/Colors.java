package dev.diffkernel.output;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plotly colours and colour scales as AWT colours, for static pictures. */
public final class Colors {
    /** Plotly's default trace colours, in order. */
    public static final List<Color> COLORWAY = List.of(hex("#1f77b4"), hex("#ff7f0e"), hex("#2ca02c"), hex("#d62728"),
            hex("#9467bd"), hex("#8c564b"), hex("#e377c2"), hex("#7f7f7f"), hex("#bcbd22"), hex("#17becf"));

    private static final String[] VIRIDIS = {"#440154", "#48186a", "#472d7b", "#424086", "#3b528b", "#33638d",
        "#2c728e", "#26828e", "#21918c", "#1fa088", "#28ae80", "#3fbc73", "#5ec962", "#84d44b", "#addc30", "#d8e219",
        "#fde725"};

    private Colors() {}

    /** The default colour of the trace at {@code index}. */
    public static Color cycle(int index) {
        return COLORWAY.get(Math.floorMod(index, COLORWAY.size()));
    }

    /** A CSS-like colour ("#1f77b4", "#abc", "rgb(1,2,3)", "rgba(1,2,3,0.5)", a few names), or {@code fallback}. */
    public static Color parse(Object value, Color fallback) {
        if (!(value instanceof String s)) {
            return fallback;
        }
        String c = s.strip().toLowerCase(Locale.ROOT);
        try {
            if (c.startsWith("#") && c.length() == 7) {
                return hex(c);
            }
            if (c.startsWith("#") && c.length() == 4) {
                return hex("#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3));
            }
            if (c.startsWith("rgb")) {
                String[] parts = c.substring(c.indexOf('(') + 1, c.indexOf(')')).split(",");
                int alpha = parts.length > 3 ? (int) Math.round(255 * Double.parseDouble(parts[3].strip())) : 255;
                return new Color(channel(parts[0]), channel(parts[1]), channel(parts[2]), alpha);
            }
        } catch (RuntimeException e) {
            return fallback;
        }
        return switch (c) {
            case "black" -> Color.BLACK;
            case "white" -> Color.WHITE;
            case "red" -> new Color(0xd6, 0x27, 0x28);
            case "green" -> new Color(0x2c, 0xa0, 0x2c);
            case "blue" -> new Color(0x1f, 0x77, 0xb4);
            case "orange" -> new Color(0xff, 0x7f, 0x0e);
            case "purple" -> new Color(0x94, 0x67, 0xbd);
            case "gray", "grey" -> Color.GRAY;
            case "darkgray", "darkgrey" -> Color.DARK_GRAY;
            case "lightgray", "lightgrey" -> Color.LIGHT_GRAY;
            default -> fallback;
        };
    }

    private static int channel(String s) {
        return Math.max(0, Math.min(255, (int) Math.round(Double.parseDouble(s.strip()))));
    }

    private static Color hex(String s) {
        return new Color(Integer.parseInt(s.substring(1), 16));
    }

    /** A colour scale: maps 0..1 to a colour. */
    public record Scale(double[] stops, Color[] colors) {
        /** The colour at {@code t}, clamped to 0..1; NaN is transparent. */
        public Color at(double t) {
            if (Double.isNaN(t)) {
                return new Color(0, 0, 0, 0);
            }
            t = Math.max(0, Math.min(1, t));
            for (int i = 1; i < stops.length; i++) {
                if (t <= stops[i]) {
                    double f = stops[i] == stops[i - 1] ? 0 : (t - stops[i - 1]) / (stops[i] - stops[i - 1]);
                    Color a = colors[i - 1];
                    Color b = colors[i];
                    return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                            (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                            (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
                }
            }
            return colors[colors.length - 1];
        }
    }

    /**
     * The colour scale a trace's attributes ask for: a plotly name (Viridis, RdBu, Greys, Blues, Hot) or a list
     * of [stop, colour] pairs; unknown names fall back to plotly's default for the trace type.
     */
    public static Scale scale(Map<String, Object> trace) {
        Object spec = trace.get("colorscale");
        if (spec == null && trace.get("marker") instanceof Map<?, ?> marker) {
            spec = marker.get("colorscale");
        }
        return scale(spec, Boolean.TRUE.equals(trace.get("reversescale")));
    }

    /**
     * A colour scale by plotly's spec: a name, a list of [stop, colour] pairs, or null (or anything
     * else) for plotly's default; {@code reversed} turns it round.
     */
    public static Scale scale(Object spec, boolean reversed) {
        Scale scale = null;
        if (spec instanceof String name) {
            scale = named(name);
        } else if (spec instanceof List<?> pairs) {
            scale = pairs(pairs);
        }
        if (scale == null) {
            scale = named("RdBu"); // plotly.js's default colour scale
        }
        if (reversed) {
            Scale s = scale;
            double[] stops = new double[s.stops().length];
            Color[] colors = new Color[stops.length];
            for (int i = 0; i < stops.length; i++) {
                stops[i] = 1 - s.stops()[stops.length - 1 - i];
                colors[i] = s.colors()[stops.length - 1 - i];
            }
            scale = new Scale(stops, colors);
        }
        return scale;
    }

    private static Scale named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "viridis" -> even(VIRIDIS);
            case "rdbu" -> new Scale(new double[]{0, 0.35, 0.5, 0.6, 0.7, 1},
                    new Color[]{new Color(5, 10, 172), new Color(106, 137, 247), new Color(190, 190, 190),
                        new Color(220, 170, 132), new Color(230, 145, 90), new Color(178, 10, 28)});
            case "greys" -> even(new String[]{"#000000", "#ffffff"});
            case "blues" -> new Scale(new double[]{0, 0.35, 0.5, 0.6, 0.7, 1},
                    new Color[]{new Color(5, 10, 172), new Color(40, 60, 190), new Color(70, 100, 245),
                        new Color(90, 120, 245), new Color(106, 137, 247), new Color(220, 220, 220)});
            case "hot" -> new Scale(new double[]{0, 0.3, 0.6, 1},
                    new Color[]{Color.BLACK, new Color(230, 0, 0), new Color(255, 210, 0), Color.WHITE});
            default -> null;
        };
    }

    private static Scale even(String[] hexes) {
        double[] stops = new double[hexes.length];
        Color[] colors = new Color[hexes.length];
        for (int i = 0; i < hexes.length; i++) {
            stops[i] = (double) i / (hexes.length - 1);
            colors[i] = hex(hexes[i]);
        }
        return new Scale(stops, colors);
    }

    private static Scale pairs(List<?> pairs) {
        List<Double> stops = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        for (Object pair : pairs) {
            if (pair instanceof List<?> p && p.size() == 2 && p.get(0) instanceof Number n) {
                stops.add(n.doubleValue());
                colors.add(parse(p.get(1), Color.GRAY));
            }
        }
        if (stops.size() < 2) {
            return null;
        }
        return new Scale(stops.stream().mapToDouble(Double::doubleValue).toArray(), colors.toArray(new Color[0]));
    }
}
