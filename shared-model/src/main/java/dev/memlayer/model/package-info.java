/**
 * Records, JSON contracts and pure rules that the indexer and the query service must share and
 * apply identically. No Quarkus, no JDBC, no I/O: {@code api/} (HTTP contract), {@code snapshot/}
 * (projects and snapshots as readers see them), {@code facts/} (languages), {@code text/}
 * (identifier splitting, project ids).
 */
package dev.memlayer.model;
