package dev.memlayer.indexer.extract.golang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.model.facts.CallFact;
import dev.memlayer.model.facts.FileFacts;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.model.facts.TypeRelationFact;
import org.junit.jupiter.api.Test;

class GoExtractorTest {

    private static final String STORE = """
            // Package store keeps things.
            package store

            import (
            	"fmt"
            	db "github.com/acme/app/internal/db"
            	_ "embed"
            )

            import "strings"

            // MaxSize is the cap.
            // It is never exceeded.
            const MaxSize = 10

            const (
            	// modeA is the default.
            	modeA = iota
            	ModeB
            )

            var Registry = map[string]int{}

            // Store is a store.
            type Store struct {
            	*Base
            	io.Reader
            	// Name is shown.
            	Name  string `json:"name"`
            	count int
            }

            type Reader interface {
            	io.Closer
            	Read(p []byte) (n int, err error)
            }

            type (
            	ID    int64
            	Alias = string
            )

            // Get returns
            // the value.
            func (s *Store) Get(
            	key string,
            ) (string, error) {
            	fmt.Println("get", key)
            	fmt.Println(strings.ToUpper(key))
            	return s.db.Lookup(key), nil
            }

            func New[T any](x T) *Store {
            	var local = 1
            	type inner struct{ A int }
            	return &Store{}
            }

            func (Store) unexported() { go func() { helper() }() }
            """;

    private final GoExtractor extractor = new GoExtractor();

    private FileFacts facts() {
        return extractor.extract(SourceFile.of("internal/store/store.go", STORE));
    }

    @Test
    void extract_declarations_withPackageAndReceiverContainers() {
        assertThat(facts().symbols()).extracting(SymbolFact::kind, SymbolFact::name, SymbolFact::container,
                SymbolFact::exported).containsExactly(
                        tuple("constant", "MaxSize", "store", true),
                        tuple("constant", "modeA", "store", false),
                        tuple("constant", "ModeB", "store", true),
                        tuple("variable", "Registry", "store", true),
                        tuple("struct", "Store", "store", true),
                        tuple("field", "Name", "store.Store", true),
                        tuple("field", "count", "store.Store", false),
                        tuple("interface", "Reader", "store", true),
                        tuple("method", "Read", "store.Reader", true),
                        tuple("type", "ID", "store", true),
                        tuple("type", "Alias", "store", true),
                        tuple("method", "Get", "store.Store", true),
                        tuple("function", "New", "store", true),
                        tuple("method", "unexported", "store.Store", false));
    }

    @Test
    void extract_pointerReceiverMethod_multiLineSignatureAndDocBlock() {
        SymbolFact get = symbol(facts(), "Get");

        assertThat(get.signature()).isEqualTo("func (s *Store) Get(key string,) (string, error)");
        assertThat(get.doc()).isEqualTo("Get returns\nthe value.");
        assertThat(get.lineStart()).isEqualTo(45);
        assertThat(get.lineEnd()).isEqualTo(51);
    }

    @Test
    void extract_groupedAndSingleDeclarations_signaturesAndDocs() {
        FileFacts facts = facts();

        assertThat(symbol(facts, "MaxSize").signature()).isEqualTo("const MaxSize = 10");
        assertThat(symbol(facts, "MaxSize").doc()).isEqualTo("MaxSize is the cap.\nIt is never exceeded.");
        assertThat(symbol(facts, "modeA").signature()).isEqualTo("const modeA = iota");
        assertThat(symbol(facts, "modeA").doc()).isEqualTo("modeA is the default.");
        assertThat(symbol(facts, "Store").signature()).isEqualTo("type Store struct");
        assertThat(symbol(facts, "Store").doc()).isEqualTo("Store is a store.");
        assertThat(symbol(facts, "Store").lineStart()).isEqualTo(25);
        assertThat(symbol(facts, "Store").lineEnd()).isEqualTo(31);
        assertThat(symbol(facts, "Name").signature()).isEqualTo("Name string `json:\"name\"`");
        assertThat(symbol(facts, "Name").doc()).isEqualTo("Name is shown.");
        assertThat(symbol(facts, "Reader").signature()).isEqualTo("type Reader interface");
        assertThat(symbol(facts, "Read").signature()).isEqualTo("Read(p []byte) (n int, err error)");
        assertThat(symbol(facts, "Alias").signature()).isEqualTo("type Alias = string");
        assertThat(symbol(facts, "New").signature()).isEqualTo("func New[T any](x T) *Store");
    }

    @Test
    void extract_imports_pathsOfBothForms() {
        assertThat(facts().imports()).containsExactly(
                new ImportFact("fmt", null, 5),
                new ImportFact("github.com/acme/app/internal/db", null, 6),
                new ImportFact("embed", null, 7),
                new ImportFact("strings", null, 10));
    }

    @Test
    void extract_embedding_structAndInterface() {
        assertThat(facts().typeRelations()).containsExactly(
                new TypeRelationFact("store.Store", "embeds", "Base", 26),
                new TypeRelationFact("store.Store", "embeds", "io.Reader", 27),
                new TypeRelationFact("store.Reader", "embeds", "io.Closer", 34));
    }

    @Test
    void extract_calls_countedByLastIdentifier() {
        assertThat(facts().calls()).containsExactly(
                new CallFact("Println", 2, 48),
                new CallFact("ToUpper", 1, 49),
                new CallFact("Lookup", 1, 50),
                new CallFact("helper", 1, 59));
    }

    @Test
    void extract_conversionsToPredeclaredTypes_areNotCalls() {
        FileFacts facts = extractor.extract(SourceFile.of("conv.go", """
                package p
                func F(b []byte) int { return len(string(b)) + int(float64(2)) + count([]rune("x")) }
                """));

        assertThat(facts.calls()).extracting(CallFact::callee).containsExactly("len", "count");
    }

    @Test
    void extract_localDeclarations_areNotSymbols_andImportPathsAreNotStrings() {
        FileFacts facts = facts();

        assertThat(facts.symbols()).extracting(SymbolFact::name).doesNotContain("local", "inner", "A");
        assertThat(facts.strings()).containsExactly("json:\"name\"", "get");
        assertThat(facts.comments()).first().isEqualTo("Package store keeps things.");
    }

    @Test
    void extract_malformedFile_keepsWhatParsedAndCountsErrors() {
        FileFacts facts = extractor.extract(SourceFile.of("broken.go", """
                package p
                func Ok() { save(1) }
                func broken( { x := }
                func After() { load("x") }
                """));

        assertThat(facts.parseErrors()).isPositive();
        assertThat(facts.symbols()).extracting(SymbolFact::name).contains("Ok");
        assertThat(facts.calls()).extracting(CallFact::callee).contains("save", "load");
    }

    private static SymbolFact symbol(FileFacts facts, String name) {
        return facts.symbols().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
