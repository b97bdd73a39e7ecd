package dev.diffkernel.figure;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TraceRecordsTest {
    private static final double[] X = {0, 1, 2};
    private static final double[] Y = {0, 1};
    private static final double[][] Z = {{0, 1, 2}, {3, 4, 5}};

    @Test
    void pointTracesNameTheLengthsThatDiffer() {
        assertEquals("x and y must have the same length but have 3 and 2",
                assertThrows(IllegalArgumentException.class, () -> Scatter.of(X, Y)).getMessage());
        assertEquals("x and y must have the same length but have 3 and 2",
                assertThrows(IllegalArgumentException.class, () -> Bar.of(X, Y)).getMessage());
        assertEquals("x, y and z must have the same length but have 3, 3 and 2",
                assertThrows(IllegalArgumentException.class, () -> Scatter3d.of(X, X, Y)).getMessage());
        assertEquals("x and y must have the same length but have 1 and 2",
                assertThrows(IllegalArgumentException.class, () -> Scatter.of(List.of("a"), Y)).getMessage());
    }

    @Test
    void gridTracesNeedARowPerYOfAValuePerX() {
        assertEquals("z must have a row per y (2) but has 1",
                assertThrows(IllegalArgumentException.class, () -> Contour.of(X, Y, new double[][]{{0, 1, 2}})).getMessage());
        assertEquals("z row 1 must have a value per x (3) but has 2",
                assertThrows(IllegalArgumentException.class, () -> Heatmap.of(X, Y, new double[][]{{0, 1, 2}, {3, 4}}))
                        .getMessage());
        assertEquals("z", assertThrows(NullPointerException.class, () -> Surface.of(X, Y, null)).getMessage());
    }

    @Test
    void gridTracesCopyTheirArraysInAndOut() {
        double[][] z = {{0, 1, 2}, {3, 4, 5}};
        Surface s = Surface.of(X.clone(), Y.clone(), z);
        z[1][2] = 99;
        s.z()[1][2] = 99;
        assertArrayEquals(Z, s.z());
    }

    @Test
    void gridTracesWriteTheSameLeadingAttributesInOrder() {
        Map<String, Object> contour = Contour.of(X, Y, Z).withName("f").withShowScale(false).withNcontours(5).toPlotly();
        Map<String, Object> heatmap = Heatmap.of(X, Y, Z).withName("f").withShowScale(false).withZmin(0.0).toPlotly();
        assertEquals(List.of("type", "x", "y", "z", "name", "showscale", "ncontours"), List.copyOf(contour.keySet()));
        assertEquals(List.of("type", "x", "y", "z", "name", "showscale", "zmin"), List.copyOf(heatmap.keySet()));
        assertEquals(false, contour.get("showscale"));
    }

    @Test
    void aGenericTraceKeepsItsTypeWhereItsAttributesHaveIt() {
        Map<String, Object> attributes = new java.util.LinkedHashMap<>();
        attributes.put("x", X);
        attributes.put("type", "violin");
        attributes.put("name", "v");
        assertEquals(List.of("x", "type", "name"), List.copyOf(new GenericTrace("violin", attributes).toPlotly().keySet()));
        assertEquals(List.of("type", "y"), List.copyOf(new GenericTrace("box", Map.of("y", Y)).toPlotly().keySet()));
    }

    @Test
    void anAxisReadFromAUsersFigureWritesItsAttributesInTheirPlaceWithoutAFormatOfItsOwn() {
        Map<String, Object> read = new java.util.LinkedHashMap<>();
        read.put("title", "h");
        read.put("type", "log");
        read.put("showgrid", false);
        Axis axis = new Axis("h", true, null, null, null, read);
        assertEquals(read, axis.toPlotly());
        assertEquals(List.of("title", "type", "exponentformat"), List.copyOf(Axis.titled("h").withLog(true).toPlotly().keySet()));
    }
}
