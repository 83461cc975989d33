/**
 * The {@code POST /v1/explore} contract: request, response, layers and their item records.
 */
package dev.memlayer.model.api.explore;
