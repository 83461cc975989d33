/**
 * The HTTP surface: thin resources ({@code /v1/health}, {@code /v1/projects}, {@code /v1/context}, {@code /v1/explore},
 * {@code /v1/delta}, {@code /v1/projects/{project}/symbols}, {@code /v1/projects/{project}/files/{path}})
 * that parse, call one service and map the outcome to a status; {@code ProblemMapper} and
 * {@code BodyLimitGuard} make every error a JSON {@code {"error","detail"}}. No logic, no SQL.
 */
package dev.memlayer.service.api;
