package dev.diffkernel.kernel;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CellStreamTest {
    @Test
    void batchesTextUntilFlushed() {
        List<String> batches = new ArrayList<>();
        CellStream stream = new CellStream(batches::add);
        stream.write("step 1\n".getBytes(StandardCharsets.UTF_8), 0, 7);
        stream.write("step 2\n".getBytes(StandardCharsets.UTF_8), 0, 7);
        assertEquals(List.of(), batches);
        stream.flush();
        assertEquals(List.of("step 1\nstep 2\n"), batches);
        stream.flush();
        assertEquals(1, batches.size(), "nothing new, nothing sent");
    }

    @Test
    void splitMultibyteCharacterWaitsForItsRest() {
        List<String> batches = new ArrayList<>();
        CellStream stream = new CellStream(batches::add);
        byte[] korean = "미분".getBytes(StandardCharsets.UTF_8); // 6 bytes, 3 per character
        stream.write(korean, 0, 4);
        stream.flush();
        assertEquals(List.of("미"), batches);
        stream.write(korean, 4, 2);
        stream.flush();
        assertEquals(List.of("미", "분"), batches);
    }

    @Test
    void largeOutputIsSentWithoutWaitingForTheFlusher() {
        List<String> batches = new ArrayList<>();
        CellStream stream = new CellStream(batches::add);
        byte[] line = "0123456789abcdef\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 5000; i++) {
            stream.write(line, 0, line.length);
        }
        assertEquals(1, batches.size());
        assertEquals(64 * 1024 / line.length + 1, batches.get(0).length() / line.length);
    }

    @Test
    void outputPastTheBudgetIsCountedNotKeptAndTheCutIsMarkedOnce() {
        List<String> batches = new ArrayList<>();
        OutputBudget budget = new OutputBudget();
        CellStream stream = new CellStream(batches::add, budget);
        byte[] line = "x".repeat(1023).concat("\n").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 5 * 1024; i++) {
            stream.write(line, 0, line.length);
        }
        stream.flush();
        String text = String.join("", batches);
        assertEquals(OutputBudget.LIMIT + OutputBudget.cutNote().length(), text.length());
        assertEquals(1, text.split("output cut off here", -1).length - 1);
        assertEquals("\n[output cut off: the cell printed 5.0 MB; the first 4.0 MB are shown and 1.0 MB were left out]\n",
                budget.reset());
        assertEquals(null, budget.reset());
    }

    @Test
    void aCutNeverLeavesHalfACharacterBehind() {
        List<String> batches = new ArrayList<>();
        OutputBudget budget = new OutputBudget();
        budget.allow((int) OutputBudget.LIMIT - 1);
        CellStream stream = new CellStream(batches::add, budget);
        byte[] korean = "미".getBytes(StandardCharsets.UTF_8);
        stream.write(korean, 0, korean.length);
        stream.flush();
        assertEquals(List.of(OutputBudget.cutNote()), batches);
        budget.reset();
        stream.newCell();
        stream.write("next\n".getBytes(StandardCharsets.UTF_8), 0, 5);
        stream.flush();
        assertEquals("next\n", batches.get(batches.size() - 1));
    }
}
