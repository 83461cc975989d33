package dev.memlayer.model.api.files;

/**
 * An import as written.
 *
 * @param kind language-specific flavour ({@code static}, {@code relative}, …); may be null
 */
public record ImportRef(String raw, String kind, int line) {
}
