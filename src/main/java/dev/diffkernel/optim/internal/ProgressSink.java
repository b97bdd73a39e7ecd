package dev.diffkernel.optim.internal;

import dev.diffkernel.display.Display;
import dev.diffkernel.optim.Progress;

/** Where a long run's progress goes. Internal; tests record it, notebooks show it in place. */
public interface ProgressSink {
    /** Shows the newest snapshot, replacing the previous one. */
    void show(Progress progress);

    /** A sink that shows nothing. */
    static ProgressSink none() {
        return progress -> { };
    }

    /** A fresh sink that shows the first snapshot below the cell and updates it in place afterwards. */
    static ProgressSink display() {
        return new ProgressSink() {
            private Display.DisplayHandle handle;

            @Override
            public void show(Progress progress) {
                if (handle == null) {
                    handle = Display.display(progress);
                } else {
                    handle.update(progress);
                }
            }
        };
    }
}
