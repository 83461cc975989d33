package dev.memlayer.indexer.resolve;

import dev.memlayer.indexer.extract.golang.GoImportRules;
import dev.memlayer.indexer.extract.java.JavaImportRules;
import dev.memlayer.indexer.extract.kotlin.KotlinImportRules;
import dev.memlayer.indexer.extract.python.PythonImportRules;
import dev.memlayer.indexer.extract.rust.RustImportRules;
import dev.memlayer.indexer.extract.typescript.TypeScriptImportRules;
import dev.memlayer.model.facts.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The one list of import rules, by language. Adding a language adds one line here. */
public final class ImportRulesRegistry {

    private final Map<Language, ImportRules> byLanguage = new HashMap<>();
    private final List<ImportRules> all;

    public ImportRulesRegistry(List<ImportRules> rules) {
        this.all = List.copyOf(rules);
        for (ImportRules r : rules) {
            r.languages().forEach(l -> byLanguage.put(l, r));
        }
    }

    /** Every language's rules this build ships. */
    public static ImportRulesRegistry standard() {
        return new ImportRulesRegistry(List.of(
                new JavaImportRules(),
                new KotlinImportRules(),
                new GoImportRules(),
                new PythonImportRules(),
                new TypeScriptImportRules(),
                new RustImportRules()
        ));
    }

    public List<ImportRules> all() {
        return all;
    }

    public Optional<ImportRules> forLanguage(Language language) {
        return Optional.ofNullable(byLanguage.get(language));
    }
}
