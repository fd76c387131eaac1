package dev.joinwright.bench.report;

/**
 * One JMH score: a workload on a database by a library, time per operation with JMH's score error
 * (the half-width of its 99.9 % confidence interval over every measurement iteration of every fork;
 * NaN when JMH had too few iterations to give one), allocation per operation, statements per call.
 */
record Result(String workload, String database, String library, double microsPerOp, double errorMicros,
        double bytesPerOp, int statements) {

    double low() {
        return microsPerOp - errorMicros;
    }

    double high() {
        return microsPerOp + errorMicros;
    }

    boolean hasError() {
        return !Double.isNaN(errorMicros);
    }

    /**
     * Whether the difference between two scores is within noise: their confidence intervals overlap.
     * Without error bars (too few iterations), nothing is a tie: the caller says so.
     */
    boolean tiesWith(Result other) {
        return hasError() && other.hasError() && low() <= other.high() && other.low() <= high();
    }

    /** The error as a share of the score. */
    double relativeError() {
        return errorMicros / microsPerOp;
    }
}
