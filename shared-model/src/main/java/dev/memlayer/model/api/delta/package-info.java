/** The {@code POST /v1/delta} contract. */
package dev.memlayer.model.api.delta;
