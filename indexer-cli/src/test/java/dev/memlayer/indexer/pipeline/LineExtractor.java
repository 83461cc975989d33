package dev.memlayer.indexer.pipeline;

import dev.memlayer.indexer.extract.Extractor;
import dev.memlayer.indexer.extract.FactsBuilder;
import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.indexer.resolve.ImportRules;
import dev.memlayer.indexer.resolve.ResolveContext;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.Language;
import dev.memlayer.model.facts.SymbolFact;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deliberately tiny line-based extractor for pipeline tests, where the language does not matter
 * but the bookkeeping does (what is parsed when, what is stored once, what edges come out):
 * {@code class Name}, {@code import a.b.Name;} and {@code call name} lines. Counts its calls.
 */
final class LineExtractor implements Extractor, ImportRules {

    final AtomicInteger extractions = new AtomicInteger();
    private final int version;

    LineExtractor(int version) {
        this.version = version;
    }

    @Override
    public String id() {
        return "lines";
    }

    @Override
    public int version() {
        return version;
    }

    @Override
    public boolean handles(SourceFile file) {
        return file.language() == Language.JAVA;
    }

    @Override
    public dev.memlayer.model.facts.FileFacts extract(SourceFile file) {
        extractions.incrementAndGet();
        FactsBuilder b = new FactsBuilder();
        String[] lines = file.text().split("\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.startsWith("class ")) {
                String name = l.substring(6).split("[ {]")[0];
                b.symbol(new SymbolFact("class", name, null, "class " + name, i + 1, i + 1, true, null));
            } else if (l.startsWith("import ")) {
                b.importFact(l.substring(7).replace(";", ""), null, i + 1);
            } else if (l.startsWith("call ")) {
                b.call(l.substring(5), i + 1);
            }
        }
        return b.build();
    }

    @Override
    public Set<Language> languages() {
        return Set.of(Language.JAVA);
    }

    @Override
    public List<String> resolve(ImportFact imp, String fromPath, ResolveContext context) {
        return context.paths().withSuffix(imp.raw().replace('.', '/') + ".java");
    }
}
