package dev.memlayer.indexer.extract.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.model.facts.CallFact;
import dev.memlayer.model.facts.FileFacts;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.model.facts.TypeRelationFact;
import org.junit.jupiter.api.Test;

class JavaExtractorTest {

    private static final String REPOSITORY = """
            package com.acme.store;

            import java.util.*;
            import static java.util.Objects.requireNonNull;
            import static com.acme.util.Checks.*;
            import com.acme.util.Strings;

            /**
             * Keeps orders.
             * @param <T> the id type
             */
            @Deprecated
            public abstract class Repository<T extends Comparable<T>> extends Base<T>
                    implements Store<T>, java.io.Serializable {
                private static final int MAX = 10;
                protected String name, label;
                static final Map<String, List<T>> CACHE = new HashMap<>();

                /** Makes one. */
                public Repository(String name) {
                    super(name);
                    this.name = requireNonNull(name, "name must not be null");
                }

                @Override
                public <R> List<R> findAll(
                        Function<T, R> mapper,
                        int limit) throws IOException {
                    // walk the cache
                    return items().stream().map(mapper).limit(limit).toList();
                }

                abstract List<T> items();

                static class Entry implements Comparable<Entry> {
                    void touch() { new java.util.ArrayList<String>(); new Entry(); new Entry(); }
                    private final class Deep {}
                }

                interface Listener { void changed(String key); }
                enum Mode { FAST, SAFE("safe"); Mode() {} Mode(String s) {} }
                record Pair(int a, int b) implements Cloneable { }
                @interface Audited { String value() default ""; }
            }
            """;

    private final JavaExtractor extractor = new JavaExtractor();

    private FileFacts extract(String path, String text) {
        return extractor.extract(SourceFile.of(path, text));
    }

    @Test
    void extract_nestedTypes_haveQualifiedContainers() {
        FileFacts facts = extract("src/main/java/com/acme/store/Repository.java", REPOSITORY);

        assertThat(facts.symbols()).extracting(SymbolFact::kind, SymbolFact::name, SymbolFact::container)
                .containsExactly(
                        tuple("class", "Repository", "com.acme.store"),
                        tuple("constant", "MAX", "com.acme.store.Repository"),
                        tuple("field", "name", "com.acme.store.Repository"),
                        tuple("field", "label", "com.acme.store.Repository"),
                        tuple("constant", "CACHE", "com.acme.store.Repository"),
                        tuple("constructor", "Repository", "com.acme.store.Repository"),
                        tuple("method", "findAll", "com.acme.store.Repository"),
                        tuple("method", "items", "com.acme.store.Repository"),
                        tuple("class", "Entry", "com.acme.store.Repository"),
                        tuple("method", "touch", "com.acme.store.Repository.Entry"),
                        tuple("class", "Deep", "com.acme.store.Repository.Entry"),
                        tuple("interface", "Listener", "com.acme.store.Repository"),
                        tuple("method", "changed", "com.acme.store.Repository.Listener"),
                        tuple("enum", "Mode", "com.acme.store.Repository"),
                        tuple("constant", "FAST", "com.acme.store.Repository.Mode"),
                        tuple("constant", "SAFE", "com.acme.store.Repository.Mode"),
                        tuple("constructor", "Mode", "com.acme.store.Repository.Mode"),
                        tuple("constructor", "Mode", "com.acme.store.Repository.Mode"),
                        tuple("record", "Pair", "com.acme.store.Repository"),
                        tuple("annotation", "Audited", "com.acme.store.Repository"),
                        tuple("method", "value", "com.acme.store.Repository.Audited"));
    }

    @Test
    void extract_multiLineSignature_keptWholeWithAnnotationsAndLines() {
        FileFacts facts = extract("Repository.java", REPOSITORY);

        SymbolFact findAll = symbol(facts, "findAll");
        assertThat(findAll.signature())
                .isEqualTo("@Override public <R> List<R> findAll(Function<T, R> mapper, int limit) throws IOException");
        assertThat(findAll.lineStart()).isEqualTo(25);
        assertThat(findAll.lineEnd()).isEqualTo(31);
        assertThat(findAll.exported()).isTrue();

        SymbolFact type = symbol(facts, "Repository");
        assertThat(type.signature()).isEqualTo("@Deprecated public abstract class Repository<T extends Comparable<T>>"
                + " extends Base<T> implements Store<T>, java.io.Serializable");
        assertThat(type.lineStart()).isEqualTo(12);
        assertThat(type.lineEnd()).isEqualTo(44);
        assertThat(type.doc()).isEqualTo("Keeps orders.\n@param <T> the id type");
    }

    @Test
    void extract_fieldsAndVisibility_asDeclared() {
        FileFacts facts = extract("Repository.java", REPOSITORY);

        assertThat(symbol(facts, "MAX").signature()).isEqualTo("private static final int MAX = 10");
        assertThat(symbol(facts, "MAX").exported()).isFalse();
        assertThat(symbol(facts, "label").signature()).isEqualTo("protected String name, label");
        assertThat(symbol(facts, "CACHE").signature()).isEqualTo("static final Map<String, List<T>> CACHE"
                + " = new HashMap<>()");
        assertThat(symbol(facts, "Repository", "constructor").doc()).isEqualTo("Makes one.");
        assertThat(symbol(facts, "items").signature()).isEqualTo("abstract List<T> items()");
        assertThat(symbol(facts, "items").exported()).isFalse();
        assertThat(symbol(facts, "changed").exported()).as("interface members are public").isTrue();
        assertThat(symbol(facts, "SAFE").signature()).isEqualTo("SAFE(\"safe\")");
        assertThat(symbol(facts, "Pair").signature()).isEqualTo("record Pair(int a, int b) implements Cloneable");
        assertThat(symbol(facts, "value").signature()).isEqualTo("String value() default \"\"");
    }

    @Test
    void extract_imports_wildcardStaticAndClass() {
        FileFacts facts = extract("Repository.java", REPOSITORY);

        assertThat(facts.imports()).containsExactly(
                new ImportFact("java.util.*", "wildcard", 3),
                new ImportFact("java.util.Objects.requireNonNull", "static", 4),
                new ImportFact("com.acme.util.Checks.*", "static", 5),
                new ImportFact("com.acme.util.Strings", null, 6));
    }

    @Test
    void extract_calls_countedByCalleeWithoutDeclarationsOrKeywords() {
        FileFacts facts = extract("Repository.java", REPOSITORY);

        assertThat(facts.calls()).containsExactly(
                new CallFact("HashMap", 1, 17),
                new CallFact("requireNonNull", 1, 22),
                new CallFact("items", 1, 30),
                new CallFact("stream", 1, 30),
                new CallFact("map", 1, 30),
                new CallFact("limit", 1, 30),
                new CallFact("toList", 1, 30),
                new CallFact("ArrayList", 1, 36),
                new CallFact("Entry", 2, 36));
    }

    @Test
    void extract_typeRelations_extendsAndImplementsWithoutTypeArguments() {
        FileFacts facts = extract("Repository.java", REPOSITORY);

        assertThat(facts.typeRelations()).containsExactly(
                new TypeRelationFact("com.acme.store.Repository", "extends", "Base", 13),
                new TypeRelationFact("com.acme.store.Repository", "implements", "Store", 14),
                new TypeRelationFact("com.acme.store.Repository", "implements", "java.io.Serializable", 14),
                new TypeRelationFact("com.acme.store.Repository.Entry", "implements", "Comparable", 35),
                new TypeRelationFact("com.acme.store.Repository.Pair", "implements", "Cloneable", 42));
    }

    @Test
    void extract_commentsAndStrings_feedTheLexicalIndex() {
        FileFacts facts = extract("Repository.java", REPOSITORY);

        assertThat(facts.comments()).containsExactly("Keeps orders.\n@param <T> the id type", "Makes one.",
                "walk the cache");
        assertThat(facts.strings()).as("blank literals carry no terms").containsExactly("name must not be null", "safe");
        assertThat(facts.parseErrors()).isZero();
    }

    @Test
    void extract_interfaceExtends_isExtends() {
        FileFacts facts = extract("A.java", """
                package p;
                public interface Cache<K> extends Map<K, String>, AutoCloseable {
                    int SIZE = 3;
                }
                """);

        assertThat(facts.typeRelations()).extracting(TypeRelationFact::relation, TypeRelationFact::target)
                .containsExactly(tuple("extends", "Map"), tuple("extends", "AutoCloseable"));
        assertThat(symbol(facts, "SIZE").kind()).isEqualTo("constant");
        assertThat(symbol(facts, "SIZE").exported()).isTrue();
    }

    @Test
    void extract_localAndAnonymousClasses_areNotSymbols() {
        FileFacts facts = extract("A.java", """
                class A {
                    Runnable r = new Runnable() { public void run() { } };
                    void m() {
                        class Local { void inner() { } }
                        Runnable x = () -> { };
                    }
                    static { class InInit { } }
                }
                """);

        assertThat(facts.symbols()).extracting(SymbolFact::name).containsExactly("A", "r", "m");
        assertThat(symbol(facts, "A").container()).isNull();
    }

    @Test
    void extract_malformedFile_keepsWhatParsedAndCountsErrors() {
        FileFacts facts = extract("Broken.java", """
                package p;
                public class Broken {
                    void ok() { save(1); }
                    void broken( { int = ; }
                    void after() { load("x"); }
                }
                """);

        assertThat(facts.parseErrors()).isPositive();
        assertThat(facts.symbols()).extracting(SymbolFact::name).contains("Broken", "ok");
        assertThat(facts.calls()).extracting(CallFact::callee).contains("save", "load");
        assertThat(facts.strings()).containsExactly("x");
    }

    @Test
    void extract_emptyAndBinaryLikeInput_neverThrows() {
        assertThat(extract("Empty.java", "").symbols()).isEmpty();
        assertThat(extract("Weird.java", "class \u00e9t\u00e9 { String s = \"\u2603\"; } /* unterminated").symbols())
                .extracting(SymbolFact::name).contains("\u00e9t\u00e9");
    }

    private static SymbolFact symbol(FileFacts facts, String name) {
        return facts.symbols().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static SymbolFact symbol(FileFacts facts, String name, String kind) {
        return facts.symbols().stream().filter(s -> s.name().equals(name) && s.kind().equals(kind)).findFirst()
                .orElseThrow();
    }
}
