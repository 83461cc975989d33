package dev.memlayer.indexer.extract.kotlin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.model.facts.CallFact;
import dev.memlayer.model.facts.FileFacts;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.model.facts.TypeRelationFact;
import org.junit.jupiter.api.Test;

class KotlinExtractorTest {

    private static final String USERS = """
            @file:JvmName("Users")
            package com.acme.users

            import com.acme.core.Entity
            import com.acme.util.*
            import java.time.Instant as Clock

            /**
             * A user.
             */
            @Serializable
            data class User(val id: Long, var name: String = "anon") : Entity(id), Named, Comparable<User> {
                private val cache = mutableMapOf<String, Int>()

                constructor(id: Int) : this(id.toLong())

                override fun compareTo(
                    other: User,
                ): Int = name.compareTo(other.name)

                companion object Factory {
                    const val MAX = 3
                    fun create(): User = User(1)
                }

                class Badge { internal fun show() = println("badge ${'$'}{this}") }
            }

            interface Named : Comparable<Named> { val name: String }

            object Registry {
                fun <T> register(x: T) {
                    val local = listOf(x)
                    items.add(x)
                    items.forEach { println(it) }
                }
            }

            enum class Role(val level: Int) { ADMIN(9), GUEST(0) }

            typealias UserId = Long

            /** Shouts. */
            fun String.shout(): String = uppercase()

            private fun helper(a: Int) { shout("x".repeat(a)) }

            val defaultUser: User = User(0)

            class Wrapper(delegate: Named) : Named by delegate
            """;

    private final KotlinExtractor extractor = new KotlinExtractor();

    private FileFacts facts() {
        return extractor.extract(SourceFile.of("src/main/kotlin/com/acme/users/User.kt", USERS));
    }

    @Test
    void extract_declarations_withKotlinKindsAndContainers() {
        assertThat(facts().symbols()).extracting(SymbolFact::kind, SymbolFact::name, SymbolFact::container)
                .containsExactly(
                        tuple("class", "User", "com.acme.users"),
                        tuple("property", "id", "com.acme.users.User"),
                        tuple("property", "name", "com.acme.users.User"),
                        tuple("property", "cache", "com.acme.users.User"),
                        tuple("constructor", "User", "com.acme.users.User"),
                        tuple("method", "compareTo", "com.acme.users.User"),
                        tuple("object", "Factory", "com.acme.users.User"),
                        tuple("constant", "MAX", "com.acme.users.User.Factory"),
                        tuple("method", "create", "com.acme.users.User.Factory"),
                        tuple("class", "Badge", "com.acme.users.User"),
                        tuple("method", "show", "com.acme.users.User.Badge"),
                        tuple("interface", "Named", "com.acme.users"),
                        tuple("property", "name", "com.acme.users.Named"),
                        tuple("object", "Registry", "com.acme.users"),
                        tuple("method", "register", "com.acme.users.Registry"),
                        tuple("enum", "Role", "com.acme.users"),
                        tuple("property", "level", "com.acme.users.Role"),
                        tuple("constant", "ADMIN", "com.acme.users.Role"),
                        tuple("constant", "GUEST", "com.acme.users.Role"),
                        tuple("type", "UserId", "com.acme.users"),
                        tuple("function", "shout", "com.acme.users"),
                        tuple("function", "helper", "com.acme.users"),
                        tuple("property", "defaultUser", "com.acme.users"),
                        tuple("class", "Wrapper", "com.acme.users"));
    }

    @Test
    void extract_signatures_multiLineAndExtensionReceiverKept() {
        FileFacts facts = facts();

        assertThat(symbol(facts, "User").signature()).isEqualTo("@Serializable data class User(val id: Long,"
                + " var name: String = \"anon\") : Entity(id), Named, Comparable<User>");
        assertThat(symbol(facts, "User").doc()).isEqualTo("A user.");
        assertThat(symbol(facts, "User").lineStart()).isEqualTo(11);
        assertThat(symbol(facts, "User").lineEnd()).isEqualTo(27);
        assertThat(symbol(facts, "compareTo").signature()).isEqualTo("override fun compareTo(other: User,): Int");
        assertThat(symbol(facts, "compareTo").lineStart()).isEqualTo(17);
        assertThat(symbol(facts, "compareTo").lineEnd()).isEqualTo(19);
        assertThat(symbol(facts, "shout").signature()).isEqualTo("fun String.shout(): String");
        assertThat(symbol(facts, "shout").doc()).isEqualTo("Shouts.");
        assertThat(symbol(facts, "User", "constructor").signature()).isEqualTo("constructor(id: Int) : this(id.toLong())");
        assertThat(symbol(facts, "MAX").signature()).isEqualTo("const val MAX = 3");
        assertThat(symbol(facts, "cache").signature()).isEqualTo("private val cache = mutableMapOf<String, Int>()");
        assertThat(symbol(facts, "ADMIN").signature()).isEqualTo("ADMIN(9)");
    }

    @Test
    void extract_visibility_privateAndInternalAreNotExported() {
        FileFacts facts = facts();

        assertThat(symbol(facts, "helper").exported()).isFalse();
        assertThat(symbol(facts, "cache").exported()).isFalse();
        assertThat(symbol(facts, "show").exported()).isFalse();
        assertThat(symbol(facts, "shout").exported()).isTrue();
        assertThat(symbol(facts, "Registry").exported()).isTrue();
    }

    @Test
    void extract_imports_classWildcardAndAlias() {
        assertThat(facts().imports()).containsExactly(
                new ImportFact("com.acme.core.Entity", null, 4),
                new ImportFact("com.acme.util.*", "wildcard", 5),
                new ImportFact("java.time.Instant", "alias", 6));
    }

    @Test
    void extract_supertypes_constructorInvokedExtendsOthersImplementByDelegates() {
        assertThat(facts().typeRelations()).containsExactly(
                new TypeRelationFact("com.acme.users.User", "extends", "Entity", 12),
                new TypeRelationFact("com.acme.users.User", "implements", "Named", 12),
                new TypeRelationFact("com.acme.users.User", "implements", "Comparable", 12),
                new TypeRelationFact("com.acme.users.Named", "extends", "Comparable", 29),
                new TypeRelationFact("com.acme.users.Wrapper", "delegates", "Named", 50));
    }

    @Test
    void extract_calls_parenthesizedGenericAndTrailingLambda() {
        assertThat(facts().calls()).extracting(CallFact::callee, CallFact::count).containsExactlyInAnyOrder(
                tuple("Entity", 1), tuple("mutableMapOf", 1), tuple("toLong", 1), tuple("compareTo", 1),
                tuple("User", 2), tuple("println", 2), tuple("listOf", 1), tuple("add", 1), tuple("forEach", 1),
                tuple("uppercase", 1), tuple("shout", 1), tuple("repeat", 1));
    }

    @Test
    void extract_enumBodyMembers_afterEntries() {
        FileFacts facts = extractor.extract(SourceFile.of("Level.kt", """
                package p
                enum class Level { LOW, HIGH;
                    val weight: Int get() = ordinal
                    fun next(): Level = values()[ordinal + 1]
                }
                """));

        assertThat(facts.symbols()).extracting(SymbolFact::kind, SymbolFact::name, SymbolFact::container)
                .containsExactly(tuple("enum", "Level", "p"), tuple("constant", "LOW", "p.Level"),
                        tuple("constant", "HIGH", "p.Level"), tuple("property", "weight", "p.Level"),
                        tuple("method", "next", "p.Level"));
    }

    @Test
    void extract_localProperties_areNotSymbols() {
        assertThat(facts().symbols()).extracting(SymbolFact::name).doesNotContain("local");
    }

    @Test
    void extract_malformedFile_keepsWhatParsedAndCountsErrors() {
        FileFacts facts = extractor.extract(SourceFile.of("Broken.kt", """
                package p
                fun ok() = save(1)
                fun broken( { val = }
                class After { fun later() = load("x") }
                """));

        assertThat(facts.parseErrors()).isPositive();
        assertThat(facts.symbols()).extracting(SymbolFact::name).contains("ok");
        assertThat(facts.calls()).extracting(CallFact::callee).contains("save", "load");
    }

    private static SymbolFact symbol(FileFacts facts, String name) {
        return facts.symbols().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static SymbolFact symbol(FileFacts facts, String name, String kind) {
        return facts.symbols().stream().filter(s -> s.name().equals(name) && s.kind().equals(kind)).findFirst()
                .orElseThrow();
    }
}
