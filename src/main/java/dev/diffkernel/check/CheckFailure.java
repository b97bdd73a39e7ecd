package dev.diffkernel.check;

/**
 * A student's answer is not what the exercise expects. Thrown so that the cell fails (and a
 * grader notices); the message says what was expected and what came instead.
 */
public final class CheckFailure extends AssertionError {
    public CheckFailure(String message) {
        super(message);
    }
}
