package dev.diffkernel.display;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class DisplayTest {
    private final List<String> events = new ArrayList<>();

    private final Display.Sink recording = new Display.Sink() {
        @Override
        public void display(Object value, String displayId) {
            events.add("display " + value);
        }

        @Override
        public void update(Object value, String displayId) {
            events.add("update " + displayId + " " + value);
        }

        @Override
        public void clear(boolean wait) {
            events.add("clear " + wait);
        }
    };

    @AfterEach
    void disconnect() {
        Display.connect(new Display.Sink() {
            public void display(Object value, String displayId) {}
            public void update(Object value, String displayId) {}
            public void clear(boolean wait) {}
        });
    }

    @Test
    void displayThenUpdateTheSameOutput() {
        Display.connect(recording);
        Display.DisplayHandle handle = Display.display("epoch 1");
        handle.update("epoch 2").update("epoch 3");
        assertEquals(List.of("display epoch 1", "update " + handle.id() + " epoch 2", "update " + handle.id() + " epoch 3"), events);
    }

    @Test
    void eachDisplayHasItsOwnId() {
        Display.connect(recording);
        assertNotEquals(Display.display(1).id(), Display.display(2).id());
    }

    @Test
    void clearOutputDefaultsToNow() {
        Display.connect(recording);
        Display.clearOutput();
        Display.clearOutput(true);
        assertEquals(List.of("clear false", "clear true"), events);
    }
}
