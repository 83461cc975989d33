/**
 * MicroProfile health checks behind {@code /q/health} (SmallRye Health): readiness (a verified
 * database answers a read and the snapshot catalog is loaded) and liveness (the catalog's
 * background refresher keeps polling). {@code GET /v1/health} in {@code api/} stays the product
 * contract; these are for orchestrators. No SQL here beyond the probe in {@code read/}.
 */
package dev.memlayer.service.health;
