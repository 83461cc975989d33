/**
 * The use cases behind the HTTP API: {@code ContextService} (plan and assemble one request, pin
 * one snapshot, own the timings), {@code StatusService} (health and project listing),
 * {@code RequestValidator} and {@code RequestRejected} (every refusal with a status and code).
 * No SQL here: data comes from {@code read/}.
 */
package dev.memlayer.service.context;
