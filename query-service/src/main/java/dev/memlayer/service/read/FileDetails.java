package dev.memlayer.service.read;

import dev.memlayer.model.facts.DependencyFact;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.TypeRelationFact;

/**
 * The facts of a view's files that ranking does not need, so {@link SnapshotLoader} leaves them out:
 * imports as written, type relations and declared dependencies, by file index of the view. Loaded
 * once per view on first use by {@link FileDetailsReader}.
 */
public record FileDetails(ImportFact[][] imports, TypeRelationFact[][] typeRelations,
        DependencyFact[][] dependencies) {

    public ImportFact[] imports(int file) {
        return imports[file];
    }

    public TypeRelationFact[] typeRelations(int file) {
        return typeRelations[file];
    }

    public DependencyFact[] dependencies(int file) {
        return dependencies[file];
    }
}
