/**
 * {@code POST /v1/context} under closed-loop load against the packaged service: the service process, the load
 * generator (HdrHistogram), and the indexer publishing snapshots meanwhile.
 */
package dev.memlayer.bench.load;
