package dev.diffkernel.output;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlotlyJsonTest {
    @Test
    void escapesWhatCouldEndAScriptElement() {
        assertEquals("\"\\u003c/script\\u003e \\u0026 \\\"q\\\"\\n\"", PlotlyJson.write("</script> & \"q\"\n"));
    }

    @Test
    void writesWholeNumbersWithoutFractionAndGapsAsNull() {
        assertEquals("[450,0.5,null,null,1.0E-10]",
                PlotlyJson.write(new double[]{450, 0.5, Double.NaN, Double.POSITIVE_INFINITY, 1e-10}));
    }

    @Test
    void writesNestedMapsListsAndGridsAndLeavesOutNulls() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", new double[][]{{1, 2}, {3, 4}});
        map.put("l", List.of("a", true));
        map.put("n", null);
        assertEquals("{\"z\":[[1,2],[3,4]],\"l\":[\"a\",true]}", PlotlyJson.write(map));
    }
}
