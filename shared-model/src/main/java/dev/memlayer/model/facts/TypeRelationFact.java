package dev.memlayer.model.facts;

/**
 * A type relation: {@code subject relation target}.
 *
 * @param relation extends, implements, impl (Rust trait impl), embeds (Go), delegates (Kotlin {@code by})
 * @param target   the type name as written, without type arguments ({@code List}, {@code io.Reader})
 */
public record TypeRelationFact(String subject, String relation, String target, int line) {
}
