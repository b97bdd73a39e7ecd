package dev.diffkernel.optim;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutcomeTest {
    @Test
    void eachOutcomeReadsAsASentenceWithItsStepCount() {
        assertEquals("converged after 37 steps", Outcome.CONVERGED.after(37));
        assertEquals("converged after 1 step", Outcome.CONVERGED.after(1));
        assertEquals("took all 100 steps", Outcome.FINISHED.after(100));
        assertEquals("took its only step", Outcome.FINISHED.after(1));
        assertEquals("barely moved in 100 steps", Outcome.BARELY_MOVED.after(100));
        assertEquals("oscillated for 100 steps", Outcome.OSCILLATED.after(100));
        assertEquals("diverged after 12 steps", Outcome.DIVERGED.after(12));
    }
}
