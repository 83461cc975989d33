/**
 * {@code ServiceConfig}, the one {@code @ConfigMapping} of the query service. Read at startup and
 * injected; nothing else reads configuration or the environment.
 */
package dev.memlayer.service.config;
