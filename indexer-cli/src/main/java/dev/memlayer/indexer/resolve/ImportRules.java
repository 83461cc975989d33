package dev.memlayer.indexer.resolve;

import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.Language;
import java.util.List;
import java.util.Set;

/**
 * One language's rules for turning an import into repository files. Lives in that language's
 * {@code extract/<language>/} folder next to its extractor; the resolver itself stays
 * language-agnostic.
 */
public interface ImportRules {

    /** Languages whose files' imports these rules resolve. */
    Set<Language> languages();

    /**
     * The repository files an import refers to (existing paths only, best first; empty when it is
     * external, e.g. a JDK or third-party package). A wildcard or package import may resolve to
     * several files.
     *
     * @param fromPath the importing file's path
     */
    List<String> resolve(ImportFact imp, String fromPath, ResolveContext context);

    /**
     * Whether {@link #resolve} may read the text of this file through {@link ResolveContext#text}
     * ({@code go.mod}, {@code tsconfig.json}, a Kotlin source's package line). When such a file
     * changes, an incremental run re-resolves the imports of every file of these languages; a read
     * not declared here fails. Decide by the path alone.
     */
    default boolean readsText(String path) {
        return false;
    }
}
