package dev.memlayer.model.facts;

import java.util.List;

/**
 * Everything one extractor found in one file's content. Keyed in the database by (content hash,
 * extractor, extractor version), so it never depends on the file's path.
 *
 * @param comments    doc comments and comments, without markers (feeds the lexical index)
 * @param strings     string literals (feeds the lexical index; error messages live here)
 * @param parseErrors number of syntax-error nodes the parser reported (0 for a clean parse)
 */
public record FileFacts(
        List<SymbolFact> symbols,
        List<ImportFact> imports,
        List<CallFact> calls,
        List<TypeRelationFact> typeRelations,
        List<DependencyFact> dependencies,
        List<String> comments,
        List<String> strings,
        int parseErrors) {

    public static final FileFacts EMPTY = new FileFacts(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), 0);

    public FileFacts {
        symbols = List.copyOf(symbols);
        imports = List.copyOf(imports);
        calls = List.copyOf(calls);
        typeRelations = List.copyOf(typeRelations);
        dependencies = List.copyOf(dependencies);
        comments = List.copyOf(comments);
        strings = List.copyOf(strings);
    }
}
