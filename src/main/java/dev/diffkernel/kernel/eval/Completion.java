package dev.diffkernel.kernel.eval;

import java.util.List;

/**
 * Completion candidates for the text between {@code start} and {@code end} of a cell. Immutable.
 *
 * @param matches the candidates, never null but possibly empty
 * @param start the offset where the replaced text begins
 * @param end the offset where it ends (the cursor)
 */
public record Completion(List<String> matches, int start, int end) {
    public Completion {
        matches = List.copyOf(matches);
    }
}
