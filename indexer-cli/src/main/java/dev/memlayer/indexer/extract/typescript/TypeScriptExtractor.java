package dev.memlayer.indexer.extract.typescript;

import dev.memlayer.indexer.extract.Extractor;
import dev.memlayer.indexer.extract.FactsBuilder;
import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.indexer.extract.treesitter.Grammar;
import dev.memlayer.indexer.extract.treesitter.ParsedSource;
import dev.memlayer.model.facts.FileFacts;
import dev.memlayer.model.facts.Language;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterTsx;
import org.treesitter.TreeSitterTypescript;

/**
 * TypeScript, TSX and JavaScript (incl. JSX, ESM and CommonJS) facts, each with its own grammar.
 * Symbols: classes, interfaces, type aliases, enums, namespaces, functions (a {@code const} bound to
 * an arrow or function expression is a function), methods, constructors, fields, properties,
 * module-level constants/variables, and CommonJS's functions assigned to members at module level ({@code
 * app.listen = function listen() …} is {@code listen} in {@code app}; {@code Foo.prototype.bar = …} a method of
 * {@code Foo}). Imports (kind): {@code import}, {@code type}, {@code
 * side_effect}, {@code reexport} ({@code export … from}), {@code require}, {@code dynamic}.
 * Calls: last identifier of the callee, {@code new Foo()} → {@code Foo}, and a capitalised JSX tag
 * {@code <Button/>} counts as a call of {@code Button} (a component use is a call in React).
 */
public final class TypeScriptExtractor implements Extractor {

    private static final Grammar TYPESCRIPT = Grammar.of(TreeSitterTypescript::new);
    private static final Grammar TSX = Grammar.of(TreeSitterTsx::new);
    private static final Grammar JAVASCRIPT = Grammar.of(TreeSitterJavascript::new);

    @Override
    public String id() {
        return "typescript";
    }

    @Override
    public int version() {
        // 2: functions assigned to members at module level (app.listen = function listen() …); 3: each name of a
        // chain (res.contentType = res.type = function contentType() …); 4: no symbol for var x = require('x');
        // 5: no symbol for the variables of a function passed as an argument or an object literal's method;
        // 6: a named function passed to a module-level call is a symbol (defineGetter(req, 'ip', function ip() …)),
        // and so is module.exports = function name() …
        return 6;
    }

    @Override
    public boolean handles(SourceFile file) {
        Language l = file.language();
        return l == Language.TYPESCRIPT || l == Language.TSX || l == Language.JAVASCRIPT;
    }

    @Override
    public FileFacts extract(SourceFile file) {
        FactsBuilder facts = new FactsBuilder();
        Grammar grammar = switch (file.language()) {
            case TSX -> TSX;
            case JAVASCRIPT -> JAVASCRIPT;
            default -> TYPESCRIPT;
        };
        ParsedSource src = ParsedSource.parse(grammar.get(), file.utf8());
        if (src == null) {
            return facts.parseErrors(1).build();
        }
        new TypeScriptWalk(src, facts).run();
        facts.parseErrors(src.errorCount());
        return facts.build();
    }
}
