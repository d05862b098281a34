package org.hessianworkbench.derivatives;

import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Sums over observations in chunks that are merged in a fixed order: the chunks run in parallel
 * when there are enough of them, and the result does not depend on the number of threads.
 */
final class ChunkedSum {

    /** Rows per chunk: large enough to amortise scheduling, small enough to balance two cores. */
    static final int CHUNK_ROWS = 4096;

    /** Below this many chunks the sum runs on the calling thread. */
    private static final int PARALLEL_MIN_CHUNKS = 4;

    /** A partial sum over a range of rows, mergeable with another. */
    interface Partial<A extends Partial<A>> {
        /** Adds rows {@code [from, to)}. */
        void accept(int from, int to);

        /** Adds another partial sum into this one. */
        void merge(A other);
    }

    private ChunkedSum() {
    }

    /** Sums rows {@code [0, n)} with fresh partials from {@code factory}, merged in chunk order. */
    static <A extends Partial<A>> A sum(int n, IntFunction<A> factory) {
        int chunks = Math.max(1, (n + CHUNK_ROWS - 1) / CHUNK_ROWS);
        if (chunks < PARALLEL_MIN_CHUNKS) {
            A a = factory.apply(0);
            a.accept(0, n);
            return a;
        }
        IntStream range = IntStream.range(0, chunks).parallel();
        @SuppressWarnings("unchecked")
        A[] parts = (A[]) range.mapToObj(c -> {
            A a = factory.apply(c);
            a.accept(c * CHUNK_ROWS, Math.min(n, (c + 1) * CHUNK_ROWS));
            return a;
        }).toArray(Partial[]::new);
        A total = parts[0];
        for (int c = 1; c < chunks; c++) {
            total.merge(parts[c]);
        }
        return total;
    }
}
