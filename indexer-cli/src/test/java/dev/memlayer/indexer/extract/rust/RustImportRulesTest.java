package dev.memlayer.indexer.extract.rust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.resolve.PathIndex;
import dev.memlayer.indexer.resolve.ResolveContext;
import dev.memlayer.model.facts.ImportFact;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RustImportRulesTest {

    private record Context(PathIndex paths) implements ResolveContext {
        @Override
        public Optional<String> text(String path) {
            return Optional.empty();
        }
    }

    private static final Context REPO = new Context(new PathIndex(List.of(
            "Cargo.toml",
            "crates/net/Cargo.toml",
            "crates/net/src/lib.rs",
            "crates/net/src/tcp.rs",
            "crates/net/src/tcp/frame.rs",
            "crates/net/src/codec/mod.rs",
            "crates/net/src/codec/json.rs",
            "crates/net/src/addr.rs",
            "crates/net/tests/it.rs",
            "src/main.rs",
            "src/cli.rs")));

    private final RustImportRules rules = new RustImportRules();

    private List<String> resolve(String raw, String kind, String from) {
        return rules.resolve(new ImportFact(raw, kind, 1), from, REPO);
    }

    @Test
    void resolve_cratePath_longestExistingModule() {
        assertThat(resolve("crate::addr::Addr", "use", "crates/net/src/tcp.rs")).containsExactly("crates/net/src/addr.rs");
        assertThat(resolve("crate::codec::json::Codec", "use", "crates/net/src/lib.rs"))
                .containsExactly("crates/net/src/codec/json.rs");
        assertThat(resolve("crate::codec", "use", "crates/net/src/tcp.rs")).containsExactly("crates/net/src/codec/mod.rs");
        assertThat(resolve("crate::Error", "use", "crates/net/src/tcp.rs")).containsExactly("crates/net/src/lib.rs");
    }

    @Test
    void resolve_selfAndSuper_fromTheFilesModule() {
        assertThat(resolve("super::json", "wildcard", "crates/net/src/codec/mod.rs")).containsExactly("crates/net/src/lib.rs");
        assertThat(resolve("self::json::Codec", "use", "crates/net/src/codec/mod.rs"))
                .containsExactly("crates/net/src/codec/json.rs");
        // super of codec::json is codec: codec::addr does not exist, so the item lives in codec itself
        assertThat(resolve("super::addr", "use", "crates/net/src/codec/json.rs")).containsExactly("crates/net/src/codec/mod.rs");
        assertThat(resolve("super::super::addr", "use", "crates/net/src/codec/json.rs"))
                .containsExactly("crates/net/src/addr.rs");
        assertThat(resolve("super::super::x", "use", "crates/net/src/tcp/frame.rs")).containsExactly("crates/net/src/lib.rs");
    }

    @Test
    void resolve_modDeclaration_respectsModRsAndFileDirectories() {
        assertThat(resolve("tcp", "mod", "crates/net/src/lib.rs")).containsExactly("crates/net/src/tcp.rs");
        assertThat(resolve("codec", "mod", "crates/net/src/lib.rs")).containsExactly("crates/net/src/codec/mod.rs");
        assertThat(resolve("json", "mod", "crates/net/src/codec/mod.rs")).containsExactly("crates/net/src/codec/json.rs");
        assertThat(resolve("frame", "mod", "crates/net/src/tcp.rs")).containsExactly("crates/net/src/tcp/frame.rs");
        assertThat(resolve("cli", "mod", "src/main.rs")).containsExactly("src/cli.rs");
    }

    @Test
    void resolve_externalCrates_areEmpty() {
        assertThat(resolve("std::io::Read", "use", "crates/net/src/tcp.rs")).isEmpty();
        assertThat(resolve("serde", "extern_crate", "crates/net/src/lib.rs")).isEmpty();
        assertThat(resolve("missing", "mod", "crates/net/src/lib.rs")).isEmpty();
    }
}
