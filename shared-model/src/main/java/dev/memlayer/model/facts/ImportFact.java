package dev.memlayer.model.facts;

/**
 * An import as written in the file.
 *
 * @param raw  the imported name or path ({@code com.acme.Foo}, {@code ../util}, {@code crate::net})
 * @param kind language-specific flavour ({@code static}, {@code wildcard}, {@code relative}, {@code mod}, …); may be null
 */
public record ImportFact(String raw, String kind, int line) {
}
