package dev.agendum.examples.cli;

/**
 * Milestones of one run on standard error, for measuring the command's cold start only: with
 * {@code -Dagendum.trace=true}, each {@link #mark} prints the wall clock in milliseconds (to line up with the time
 * the process was started) and the milliseconds since the first mark, with the thread. Off, a mark is one read of a
 * static field.
 */
final class Trace {

    private static final boolean ON = Boolean.getBoolean("agendum.trace");
    private static final long START = System.nanoTime();

    private Trace() {
    }

    /** Prints {@code milestone} when tracing is on. */
    static void mark(String milestone) {
        if (ON) {
            // A StringBuilder, not string concatenation: its first use would bootstrap an invokedynamic call site
            // and put that cost into the figures.
            System.err.println(new StringBuilder("trace ").append(System.currentTimeMillis()).append(" +")
                    .append((System.nanoTime() - START) / 1_000_000).append(" ms [")
                    .append(Thread.currentThread().getName()).append("] ").append(milestone));
        }
    }
}
