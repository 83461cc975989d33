package dev.memlayer.bench.load;

import java.util.List;

/**
 * One query benchmark row: the load measurement, the service's memory and, while indexing, what the
 * indexer published meanwhile. Flat, so a script reads {@code p99_ms} at the top level.
 *
 * @param files              files in the indexed snapshot
 * @param clients            concurrent closed-loop clients
 * @param seconds            measured window
 * @param whileIndexing      the indexer published snapshots during warm-up and measurement
 * @param rssMb              the service's largest RSS during the measured window
 * @param dbDescriptors      the service's open descriptors on the database files after the window
 * @param snapshotsPublished snapshots published during warm-up and measurement
 * @param publishMsP50       median wall of those index runs
 * @param servedVersion      latest snapshot version the service listed after the window
 * @param serviceStartMs     from launching the service to the project being listed
 * @param serviceCpuMsPerRequest the service's CPU time (user + system) in the window per request
 * @param clientCpuMsPerRequest  the load generator's own CPU time in the window per request: on a machine
 *                               shared with the service, what the clients take the service cannot use
 * @param loadAverage        the machine's 1-minute load average at the end of the window
 */
public record QueryResult(int files, int clients, int seconds, boolean whileIndexing, long requests, double rps,
                          double p50Ms, double p95Ms, double p99Ms, double maxMs, double meanMs, long errors,
                          List<String> errorSamples, double planP50Ms, double planP99Ms, double totalP50Ms,
                          double totalP99Ms, double rssMb, long dbDescriptors, int snapshotsPublished,
                          long publishMsP50, long servedVersion, long serviceStartMs, double serviceCpuMsPerRequest,
                          double clientCpuMsPerRequest, double loadAverage) {

    public QueryResult {
        errorSamples = List.copyOf(errorSamples);
    }

    static QueryResult of(int files, int clients, int seconds, boolean whileIndexing, LoadResult load, double rssMb,
                          long dbDescriptors, int published, long publishMsP50, long servedVersion,
                          long serviceStartMs, double cpuMsPerRequest, double clientCpuMsPerRequest,
                          double loadAverage) {
        return new QueryResult(files, clients, seconds, whileIndexing, load.requests(), load.rps(), load.p50Ms(),
                load.p95Ms(), load.p99Ms(), load.maxMs(), load.meanMs(), load.errors(), load.errorSamples(),
                load.planP50Ms(), load.planP99Ms(), load.totalP50Ms(), load.totalP99Ms(), rssMb, dbDescriptors,
                published, publishMsP50, servedVersion, serviceStartMs, cpuMsPerRequest, clientCpuMsPerRequest,
                loadAverage);
    }
}
