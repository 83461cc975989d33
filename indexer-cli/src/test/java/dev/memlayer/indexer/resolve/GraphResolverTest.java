package dev.memlayer.indexer.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.model.facts.CallFact;
import dev.memlayer.model.facts.EdgeKind;
import dev.memlayer.model.facts.Language;
import dev.memlayer.model.facts.TypeRelationFact;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GraphResolverTest {

    private final Map<String, FileNode> nodes = new HashMap<>();

    private FileNode node(String path, String... definedClasses) {
        FileNode n = new FileNode(path, Language.ofPath(path));
        for (String c : definedClasses) {
            n.definitions.add(new FileNode.Definition(c, "class"));
        }
        nodes.put(path, n);
        return n;
    }

    private List<Edge> resolve() {
        PathIndex paths = new PathIndex(nodes.keySet());
        ResolveContext context = new ResolveContext() {
            @Override
            public PathIndex paths() {
                return paths;
            }

            @Override
            public Optional<String> text(String path) {
                return Optional.empty();
            }
        };
        return new GraphResolver(new ImportRulesRegistry(List.of())).resolve(nodes, context);
    }

    @Test
    void call_toNameDefinedInManyFiles_isDropped_andToARareName_isWeighted() {
        FileNode caller = node("app/Main.java");
        caller.calls.add(new CallFact("Rare", 1, 3));
        caller.calls.add(new CallFact("Common", 5, 4));
        node("lib/Rare.java", "Rare");
        for (int i = 0; i <= GraphResolver.MAX_DEFINING_FILES; i++) {
            node("gen/G" + i + ".java", "Common");
        }

        List<Edge> edges = resolve();

        assertThat(edges).filteredOn(e -> e.kind() == EdgeKind.CALL).singleElement()
                .satisfies(e -> {
                    assertThat(e.dst()).isEqualTo("lib/Rare.java");
                    assertThat(e.weight()).isBetween(0.0, 1.0);
                    assertThat(e.evidence()).isEqualTo("Rare");
                });
    }

    @Test
    void typeRelation_targetWithGenericsAndQualifier_resolvesToDefiningFile() {
        node("a/Repo.java", "Repository");
        FileNode impl = node("b/JdbcRepo.java", "JdbcRepo");
        impl.typeRelations.add(new TypeRelationFact("JdbcRepo", "implements", "com.x.Repository<Item>", 2));

        assertThat(resolve()).filteredOn(e -> e.kind() == EdgeKind.TYPE).singleElement()
                .satisfies(e -> assertThat(e.dst()).isEqualTo("a/Repo.java"));
    }

    @Test
    void test_linksToTheSourceInTheMirroredDirectory() {
        node("src/main/java/a/b/Foo.java");
        node("src/main/java/x/Foo.java");
        node("src/test/java/a/b/FooTest.java");

        assertThat(resolve()).filteredOn(e -> e.kind() == EdgeKind.TEST).singleElement()
                .satisfies(e -> assertThat(e.dst()).isEqualTo("src/main/java/a/b/Foo.java"));
    }

    @Test
    void simpleName_stripsGenericsArraysAndQualifiers() {
        assertThat(GraphResolver.simpleName("java.util.List<String>")).isEqualTo("List");
        assertThat(GraphResolver.simpleName("io.Reader")).isEqualTo("Reader");
        assertThat(GraphResolver.simpleName("std::fmt::Display")).isEqualTo("Display");
        assertThat(GraphResolver.simpleName("Foo[]")).isEqualTo("Foo");
    }
}
