package dev.memlayer.indexer.extract.rust;

import dev.memlayer.indexer.extract.Extractor;
import dev.memlayer.indexer.extract.FactsBuilder;
import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.indexer.extract.treesitter.Grammar;
import dev.memlayer.indexer.extract.treesitter.ParsedSource;
import dev.memlayer.model.facts.FileFacts;
import dev.memlayer.model.facts.Language;
import dev.memlayer.model.facts.SymbolFact;
import java.util.ArrayDeque;
import java.util.Deque;
import org.treesitter.TSNode;
import org.treesitter.TreeSitterRust;

/**
 * Rust facts: functions, methods, structs, enums, unions, traits, impls, type aliases, consts,
 * statics, macros, struct fields, modules. Containers are the module path within the crate
 * ({@code src/net/tcp.rs} → {@code net::tcp}, extended by inline {@code mod}s) and, inside an impl,
 * {@code <module>::impl Trait for Type}. {@code exported} is any {@code pub} except {@code pub(self)}
 * ({@code pub(crate)} is visible outside its module); trait-impl members inherit it from the trait.
 * Imports: {@code use} trees expanded to one path each (kind {@code use}, {@code wildcard} for
 * {@code ::*}), {@code mod foo;} (kind {@code mod}, raw the module path {@code outer::foo}), {@code
 * extern crate} (kind {@code extern_crate}). Macro invocations count as calls named {@code name!},
 * so they never collide with a function of the same name.
 */
public final class RustExtractor implements Extractor {

    private static final Grammar RUST = Grammar.of(TreeSitterRust::new);

    /** module: crate module path ("" at the root); inner: the container items get; inline: mod path in this file. */
    private record Scope(String module, String container, String inline, boolean inImpl, boolean inFunction,
            boolean exported) {
    }

    private record Frame(TSNode node, Scope scope) {
    }

    @Override
    public String id() {
        return "rust";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean handles(SourceFile file) {
        return file.language() == Language.RUST;
    }

    @Override
    public FileFacts extract(SourceFile file) {
        FactsBuilder facts = new FactsBuilder();
        ParsedSource src = ParsedSource.parse(RUST.get(), file.utf8());
        if (src == null) {
            return facts.parseErrors(1).build();
        }
        new Walk(src, facts).run(RustPaths.modulePath(file.path()));
        facts.parseErrors(src.errorCount());
        return facts.build();
    }

    /** One extraction's iterative traversal. */
    private static final class Walk {
        private final ParsedSource src;
        private final FactsBuilder facts;
        private final Deque<Frame> stack = new ArrayDeque<>();

        Walk(ParsedSource src, FactsBuilder facts) {
            this.src = src;
            this.facts = facts;
        }

        void run(String module) {
            stack.push(new Frame(src.root(), new Scope(module, module.isEmpty() ? null : module, "", false, false, true)));
            while (!stack.isEmpty()) {
                Frame f = stack.pop();
                if (!visit(f.node(), f.scope())) {
                    pushChildren(f.node(), f.scope());
                }
            }
        }

        private boolean visit(TSNode n, Scope scope) {
            switch (src.type(n)) {
                case "function_item", "function_signature_item" -> {
                    String kind = scope.inImpl() ? "method" : "function";
                    TSNode body = ParsedSource.child(n, "body");
                    if (!scope.inFunction()) {
                        declare(n, scope, kind, src.field(n, "name"), body);
                    }
                    String container = RustPaths.join(scope.container(), src.field(n, "name"));
                    pushChildren(n, new Scope(scope.module(), container, scope.inline(), false, true, false));
                    return true;
                }
                case "struct_item", "union_item" -> {
                    return typeItem(n, scope, "struct");
                }
                case "enum_item" -> {
                    return typeItem(n, scope, "enum");
                }
                case "type_item" -> declare(n, scope, "type", src.field(n, "name"), null);
                case "const_item" -> declare(n, scope, "constant", src.field(n, "name"), ParsedSource.child(n, "value"));
                case "static_item" -> declare(n, scope, "variable", src.field(n, "name"), ParsedSource.child(n, "value"));
                case "macro_definition" -> {
                    declare(n, scope, "macro", src.field(n, "name"), firstNamed(n, "macro_rule"));
                    return true;
                }
                case "trait_item" -> {
                    return trait(n, scope);
                }
                case "impl_item" -> {
                    return impl(n, scope);
                }
                case "mod_item" -> {
                    return module(n, scope);
                }
                case "use_declaration" -> {
                    TSNode arg = ParsedSource.child(n, "argument");
                    if (arg != null) {
                        useTree(arg, "", ParsedSource.startLine(n));
                    }
                    return true;
                }
                case "extern_crate_declaration" -> {
                    String name = src.field(n, "name");
                    if (name != null) {
                        facts.importFact(name, "extern_crate", ParsedSource.startLine(n));
                    }
                    return true;
                }
                case "call_expression" -> call(n);
                case "macro_invocation" -> {
                    TSNode macro = ParsedSource.child(n, "macro");
                    if (macro != null) {
                        String name = src.type(macro).equals("scoped_identifier") ? src.field(macro, "name") : src.text(macro);
                        facts.call(name + "!", ParsedSource.startLine(n));
                    }
                }
                case "line_comment", "block_comment" -> {
                    facts.comment(RustComments.stripComment(src.text(n)));
                    return true;
                }
                case "string_literal", "raw_string_literal" -> {
                    facts.string(stringValue(n));
                    return true;
                }
                default -> {
                }
            }
            return false;
        }

        private void pushChildren(TSNode n, Scope scope) {
            for (int i = ParsedSource.namedChildCount(n) - 1; i >= 0; i--) {
                stack.push(new Frame(ParsedSource.namedChild(n, i), scope));
            }
        }

        private boolean typeItem(TSNode n, Scope scope, String kind) {
            String name = src.field(n, "name");
            TSNode body = ParsedSource.child(n, "body");
            boolean exported = declare(n, scope, kind, name, body);
            if (body != null && kind.equals("struct")) {
                String container = RustPaths.join(scope.container(), name);
                for (int i = 0; i < ParsedSource.namedChildCount(body); i++) {
                    TSNode field = ParsedSource.namedChild(body, i);
                    if (src.type(field).equals("field_declaration")) {
                        String fieldName = src.field(field, "name");
                        facts.symbol(new SymbolFact("field", fieldName == null ? "?" : fieldName, container,
                                ParsedSource.collapse(src.text(field)), ParsedSource.startLine(field),
                                ParsedSource.endLine(field), exported && isPub(field), doc(field)));
                    }
                }
            }
            pushChildren(n, scope);
            return true;
        }

        private boolean trait(TSNode n, Scope scope) {
            String name = src.field(n, "name");
            TSNode body = ParsedSource.child(n, "body");
            boolean exported = declare(n, scope, "trait", name, body);
            TSNode bounds = ParsedSource.child(n, "bounds");
            if (bounds != null && name != null) {
                for (int i = 0; i < ParsedSource.namedChildCount(bounds); i++) {
                    String target = typeName(ParsedSource.namedChild(bounds, i));
                    if (target != null) {
                        facts.typeRelation(name, "extends", target, ParsedSource.startLine(bounds));
                    }
                }
            }
            if (body != null) {
                pushChildren(body, new Scope(scope.module(), RustPaths.join(scope.container(), name), scope.inline(), true,
                        false, exported));
            }
            return true;
        }

        private boolean impl(TSNode n, Scope scope) {
            TSNode typeNode = ParsedSource.child(n, "type");
            TSNode traitNode = ParsedSource.child(n, "trait");
            String type = typeNode == null ? "?" : typeName(typeNode);
            String trait = traitNode == null ? null : typeName(traitNode);
            String label = trait == null ? "impl " + type : "impl " + trait + " for " + type;
            TSNode body = ParsedSource.child(n, "body");
            facts.symbol(new SymbolFact("impl", type == null ? "?" : type, scope.container(),
                    src.head(ParsedSource.startByte(n), n, body), ParsedSource.startLine(n), ParsedSource.endLine(n),
                    false, doc(n)));
            if (trait != null && type != null) {
                facts.typeRelation(type, "impl", trait, ParsedSource.startLine(n));
            }
            if (body != null) {
                // trait-impl members are as visible as the trait; inherent members need their own pub
                pushChildren(body, new Scope(scope.module(), RustPaths.join(scope.container(), label), scope.inline(), true,
                        false, true));
            }
            return true;
        }

        private boolean module(TSNode n, Scope scope) {
            String name = src.field(n, "name");
            TSNode body = ParsedSource.child(n, "body");
            boolean exported = declare(n, scope, "module", name, body);
            String inline = scope.inline().isEmpty() ? name : scope.inline() + "::" + name;
            if (body == null) {
                facts.importFact(inline, "mod", ParsedSource.startLine(n));
                return true;
            }
            pushChildren(body, new Scope(RustPaths.join(scope.module(), name), RustPaths.join(scope.container(), name), inline, false,
                    false, exported && scope.exported()));
            return true;
        }

        /** Records a symbol; returns whether it is exported. */
        private boolean declare(TSNode n, Scope scope, String kind, String name, TSNode body) {
            if (name == null) {
                return false;
            }
            boolean exported = isPub(n) && !scope.inFunction();
            if (scope.inImpl() && scope.container() != null && scope.container().contains(" for ")) {
                exported = true;
            }
            String head = src.head(ParsedSource.startByte(n), n, body);
            if (kind.equals("constant") || kind.equals("variable")) {
                head = stripSuffix(head, "=");
            }
            head = stripSuffix(head, ";");
            if (kind.equals("macro")) {
                head = stripSuffix(stripSuffix(stripSuffix(head, "{"), "("), "[");
            }
            facts.symbol(new SymbolFact(kind, name, scope.container(), head, ParsedSource.startLine(n),
                    ParsedSource.endLine(n), exported, doc(n)));
            return exported;
        }

        private boolean isPub(TSNode n) {
            for (int i = 0; i < ParsedSource.namedChildCount(n); i++) {
                TSNode c = ParsedSource.namedChild(n, i);
                if (src.type(c).equals("visibility_modifier")) {
                    return !src.text(c).replace(" ", "").equals("pub(self)");
                }
            }
            return false;
        }

        private void useTree(TSNode n, String prefix, int line) {
            switch (src.type(n)) {
                case "scoped_use_list" -> {
                    TSNode path = ParsedSource.child(n, "path");
                    TSNode list = ParsedSource.child(n, "list");
                    String p = path == null ? prefix : RustPaths.join(prefix, src.text(path));
                    if (list != null) {
                        useTree(list, p, line);
                    }
                }
                case "use_list" -> {
                    for (int i = 0; i < ParsedSource.namedChildCount(n); i++) {
                        useTree(ParsedSource.namedChild(n, i), prefix, line);
                    }
                }
                case "use_as_clause" -> {
                    TSNode path = ParsedSource.child(n, "path");
                    if (path != null) {
                        useTree(path, prefix, line);
                    }
                }
                case "use_wildcard" -> {
                    TSNode path = ParsedSource.namedChildCount(n) > 0 ? ParsedSource.namedChild(n, 0) : null;
                    facts.importFact(path == null ? prefix : RustPaths.join(prefix, src.text(path)), "wildcard", line);
                }
                case "self" -> facts.importFact(prefix.isEmpty() ? "self" : prefix, "use", line);
                default -> facts.importFact(RustPaths.join(prefix, ParsedSource.collapse(src.text(n)).replace(" ", "")), "use", line);
            }
        }

        private void call(TSNode n) {
            TSNode fn = ParsedSource.child(n, "function");
            if (fn != null && src.type(fn).equals("generic_function")) {
                fn = ParsedSource.child(fn, "function");
            }
            if (fn == null) {
                return;
            }
            String name = switch (src.type(fn)) {
                case "identifier" -> src.text(fn);
                case "scoped_identifier" -> src.field(fn, "name");
                case "field_expression" -> src.field(fn, "field");
                default -> null;
            };
            facts.call(name, ParsedSource.startLine(n));
        }

        /** A type as a bare name: generics and references dropped, path kept ({@code fmt::Display}). */
        private String typeName(TSNode t) {
            switch (src.type(t)) {
                case "generic_type" -> {
                    TSNode inner = ParsedSource.child(t, "type");
                    return inner == null ? null : typeName(inner);
                }
                case "reference_type", "pointer_type" -> {
                    TSNode inner = ParsedSource.child(t, "type");
                    return inner == null ? null : typeName(inner);
                }
                case "type_identifier", "scoped_type_identifier", "identifier", "primitive_type" -> {
                    return src.text(t);
                }
                default -> {
                    return null;
                }
            }
        }

        /** Outer doc comments ({@code ///}, {@code /** *}{@code /}) right above an item, attributes skipped. */
        private String doc(TSNode item) {
            StringBuilder doc = new StringBuilder();
            int expectedLine = ParsedSource.startLine(item) - 1;
            for (TSNode p = ParsedSource.prevNamedSibling(item); p != null && !ParsedSource.isNull(p); p = ParsedSource.prevNamedSibling(p)) {
                String t = src.type(p);
                if (t.equals("attribute_item")) {
                    expectedLine = ParsedSource.startLine(p) - 1;
                    continue;
                }
                if (!(t.equals("line_comment") || t.equals("block_comment")) || ParsedSource.endLine(p) < expectedLine) {
                    break;
                }
                TSNode outer = ParsedSource.child(p, "outer");
                if (outer == null) {
                    break;
                }
                TSNode docNode = ParsedSource.child(p, "doc");
                String text = docNode == null ? "" : RustComments.stripBlock(src.text(docNode)).strip();
                doc.insert(0, doc.length() == 0 ? text : text + "\n");
                expectedLine = ParsedSource.startLine(p) - 1;
            }
            String d = doc.toString().strip();
            return d.isEmpty() ? null : d;
        }

        private String stringValue(TSNode s) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < ParsedSource.namedChildCount(s); i++) {
                TSNode c = ParsedSource.namedChild(s, i);
                if (src.type(c).equals("string_content")) {
                    out.append(src.text(c));
                }
            }
            return out.toString();
        }

        private TSNode firstNamed(TSNode n, String type) {
            for (int i = 0; i < ParsedSource.namedChildCount(n); i++) {
                if (src.type(ParsedSource.namedChild(n, i)).equals(type)) {
                    return ParsedSource.namedChild(n, i);
                }
            }
            return null;
        }
    }

    private static String stripSuffix(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()).stripTrailing() : s;
    }
}
