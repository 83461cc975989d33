package dev.memlayer.indexer.resolve;

import java.util.Optional;

/**
 * The context a language's rules resolve in, holding them to their {@link ImportRules#readsText}
 * declaration: an incremental run re-resolves a file's imports when a file its rules may read
 * changed, so a read the declaration does not cover would leave stale edges behind. Failing loudly
 * here makes the tests that resolve each language catch it.
 */
final class DeclaredReads implements ResolveContext {

    private final ResolveContext context;
    private final ImportRules rules;

    DeclaredReads(ResolveContext context, ImportRules rules) {
        this.context = context;
        this.rules = rules;
    }

    @Override
    public PathIndex paths() {
        return context.paths();
    }

    @Override
    public Optional<String> text(String path) {
        if (!rules.readsText(path)) {
            throw new IllegalStateException(rules.getClass().getSimpleName() + " read " + path
                    + " but its readsText() does not declare it");
        }
        return context.text(path);
    }
}
