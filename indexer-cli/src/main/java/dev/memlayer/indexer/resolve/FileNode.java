package dev.memlayer.indexer.resolve;

import dev.memlayer.model.facts.CallFact;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.Language;
import dev.memlayer.model.facts.TypeRelationFact;
import java.util.ArrayList;
import java.util.List;

/**
 * What resolution needs to know about one file of a snapshot: its language and the facts of its
 * content (from every current extractor that read it). Filled by {@link SnapshotFactsReader}.
 */
public final class FileNode {

    /** A symbol this file defines, reduced to what resolution looks up. */
    public record Definition(String name, String kind) {
    }

    private final String path;
    private final Language language;
    final List<ImportFact> imports = new ArrayList<>();
    final List<Definition> definitions = new ArrayList<>();
    final List<CallFact> calls = new ArrayList<>();
    final List<TypeRelationFact> typeRelations = new ArrayList<>();

    public FileNode(String path, Language language) {
        this.path = path;
        this.language = language;
    }

    public String path() {
        return path;
    }

    public Language language() {
        return language;
    }

    public List<ImportFact> imports() {
        return imports;
    }

    public List<Definition> definitions() {
        return definitions;
    }

    public List<CallFact> calls() {
        return calls;
    }

    public List<TypeRelationFact> typeRelations() {
        return typeRelations;
    }
}
