package dev.joinwright.bench.report;

/** One JMH score: a workload on a database by a library, time and allocation per operation. */
record Result(String workload, String database, String library, double microsPerOp, double bytesPerOp,
        int statements) {}
