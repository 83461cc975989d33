package dev.memlayer.indexer.extract.typescript;

import dev.memlayer.indexer.extract.FactsBuilder;
import dev.memlayer.indexer.extract.treesitter.ParsedSource;
import org.treesitter.TSNode;

/**
 * What a TS/JS file refers to, as the walk meets it: type relations of a class or interface
 * ({@code extends}, {@code implements}), imports ({@code import}, {@code require}, dynamic
 * {@code import()}), call sites by callee name and JSX components used as tags.
 */
final class TypeScriptReferences {

    private final ParsedSource src;
    private final FactsBuilder facts;

    TypeScriptReferences(ParsedSource src, FactsBuilder facts) {
        this.src = src;
        this.facts = facts;
    }

    void heritage(TSNode n, String subject) {
        for (int i = 0; i < ParsedSource.namedChildCount(n); i++) {
            TSNode c = ParsedSource.namedChild(n, i);
            switch (src.type(c)) {
                case "class_heritage" -> {
                    for (int j = 0; j < ParsedSource.namedChildCount(c); j++) {
                        TSNode clause = ParsedSource.namedChild(c, j);
                        switch (src.type(clause)) {
                            case "extends_clause" -> relations(clause, subject, "extends");
                            case "implements_clause" -> relations(clause, subject, "implements");
                            default -> relation(clause, subject, "extends");
                        }
                    }
                }
                case "extends_type_clause" -> relations(c, subject, "extends");
                default -> {
                }
            }
        }
    }

    private void relations(TSNode clause, String subject, String relation) {
        for (int i = 0; i < ParsedSource.namedChildCount(clause); i++) {
            TSNode t = ParsedSource.namedChild(clause, i);
            if (!src.type(t).equals("type_arguments")) {
                relation(t, subject, relation);
            }
        }
    }

    private void relation(TSNode t, String subject, String relation) {
        TSNode target = src.type(t).equals("generic_type") ? ParsedSource.child(t, "name") : t;
        if (target == null) {
            return;
        }
        String type = src.type(target);
        if (type.equals("identifier") || type.equals("type_identifier") || type.equals("member_expression")
                || type.equals("nested_type_identifier")) {
            facts.typeRelation(subject, relation, src.text(target), ParsedSource.startLine(t));
        }
    }

    void importStatement(TSNode n) {
        TSNode source = ParsedSource.child(n, "source");
        if (source == null) {
            return;
        }
        String kind = "side_effect";
        for (int i = 0; i < ParsedSource.childCount(n); i++) {
            TSNode c = ParsedSource.childAt(n, i);
            String t = src.type(c);
            if (t.equals("type") || t.equals("typeof")) {
                kind = "type";
                break;
            }
            if (t.equals("import_clause") || t.equals("import_require_clause")) {
                kind = "import";
            }
        }
        facts.importFact(stringValue(source), kind, ParsedSource.startLine(n));
    }

    void call(TSNode n) {
        TSNode fn = ParsedSource.child(n, "function");
        if (fn == null) {
            return;
        }
        String t = src.type(fn);
        if (t.equals("import") || (t.equals("identifier") && src.text(fn).equals("require"))) {
            TSNode args = ParsedSource.child(n, "arguments");
            TSNode first = args == null || ParsedSource.namedChildCount(args) == 0 ? null : ParsedSource.namedChild(args, 0);
            if (first != null && src.type(first).equals("string")) {
                facts.importFact(stringValue(first), t.equals("import") ? "dynamic" : "require",
                        ParsedSource.startLine(n));
                return;
            }
        }
        callee(fn, n);
    }

    void callee(TSNode fn, TSNode site) {
        if (fn == null) {
            return;
        }
        switch (src.type(fn)) {
            case "identifier" -> facts.call(src.text(fn), ParsedSource.startLine(site));
            case "member_expression" -> facts.call(src.field(fn, "property"), ParsedSource.startLine(site));
            default -> {
            }
        }
    }

    void jsxTag(TSNode n) {
        TSNode name = ParsedSource.child(n, "name");
        if (name == null) {
            return;
        }
        String text = src.text(name);
        int dot = text.lastIndexOf('.');
        String last = dot < 0 ? text : text.substring(dot + 1);
        if (!last.isEmpty() && Character.isUpperCase(last.charAt(0))) {
            facts.call(last, ParsedSource.startLine(n));
        }
    }

    String stringValue(TSNode s) {
        String t = src.text(s);
        return t.length() >= 2 ? t.substring(1, t.length() - 1) : t;
    }
}
