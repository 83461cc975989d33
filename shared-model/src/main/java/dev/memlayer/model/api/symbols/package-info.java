/** The symbol search contract ({@code GET /v1/projects/{project}/symbols}). */
package dev.memlayer.model.api.symbols;
