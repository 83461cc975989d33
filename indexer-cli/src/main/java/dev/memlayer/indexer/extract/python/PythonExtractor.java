package dev.memlayer.indexer.extract.python;

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
import org.treesitter.TreeSitterPython;

/**
 * Python facts with tree-sitter: classes, functions, methods, properties, module constants and
 * variables, class fields; {@code import} / {@code from} imports; calls; base classes; docstrings.
 *
 * <p>Containers are qualified from the file path ({@code src/flask/app.py} → {@code flask.app}),
 * the one path-derived fact: identical content at two paths shares its facts, so such a copy shows
 * the first path's module name. {@code from pkg import a, b} gives one import per name ({@code
 * pkg.a}, {@code pkg.b}, kind {@code from}); {@link PythonImportRules} tries each as a module and
 * falls back to {@code pkg}. Relative imports keep their dots ({@code ..pkg.mod}, kind {@code relative}).
 */
public final class PythonExtractor implements Extractor {

    private static final Grammar PYTHON = Grammar.of(TreeSitterPython::new);

    /** Where a node sits: the qualified container, and what encloses it. */
    private record Scope(String container, boolean inClass, boolean inFunction, boolean exported) {
    }

    private record Frame(TSNode node, Scope scope) {
    }

    @Override
    public String id() {
        return "python";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean handles(SourceFile file) {
        return file.language() == Language.PYTHON;
    }

    @Override
    public FileFacts extract(SourceFile file) {
        FactsBuilder facts = new FactsBuilder();
        ParsedSource src = ParsedSource.parse(PYTHON.get(), file.utf8());
        if (src == null) {
            return facts.parseErrors(1).build();
        }
        new Walk(src, facts).run(moduleName(file.path()));
        facts.parseErrors(src.errorCount());
        return facts.build();
    }

    /** {@code src/pkg/mod.py} → {@code pkg.mod}; {@code pkg/__init__.py} → {@code pkg}. */
    static String moduleName(String path) {
        String p = path;
        int src = p.lastIndexOf("src/");
        if (src == 0 || (src > 0 && p.charAt(src - 1) == '/')) {
            p = p.substring(src + 4);
        }
        int dot = p.lastIndexOf('.');
        if (dot > p.lastIndexOf('/')) {
            p = p.substring(0, dot);
        }
        if (p.equals("__init__")) {
            return "";
        }
        if (p.endsWith("/__init__")) {
            p = p.substring(0, p.length() - "/__init__".length());
        }
        return p.replace('/', '.');
    }

    /** One extraction's traversal (iterative: deep nesting must not overflow the stack). */
    private static final class Walk {
        private final ParsedSource src;
        private final FactsBuilder facts;

        Walk(ParsedSource src, FactsBuilder facts) {
            this.src = src;
            this.facts = facts;
        }

        void run(String module) {
            TSNode root = src.root();
            String moduleDoc = docstring(root);
            if (moduleDoc != null) {
                facts.comment(moduleDoc);
            }
            Deque<Frame> stack = new ArrayDeque<>();
            stack.push(new Frame(root, new Scope(module.isEmpty() ? null : module, false, false, true)));
            while (!stack.isEmpty()) {
                Frame f = stack.pop();
                TSNode n = f.node();
                Scope scope = f.scope();
                switch (src.type(n)) {
                    case "decorated_definition" -> {
                        TSNode def = ParsedSource.child(n, "definition");
                        if (def != null) {
                            definition(def, n, scope, stack);
                            pushDecorators(n, scope, stack);
                            continue;
                        }
                    }
                    case "class_definition", "function_definition" -> {
                        definition(n, n, scope, stack);
                        continue;
                    }
                    case "import_statement" -> importStatement(n);
                    case "import_from_statement" -> fromImport(n);
                    case "future_import_statement" -> {
                        continue;
                    }
                    case "expression_statement" -> assignment(n, scope);
                    case "call" -> call(n);
                    case "comment" -> facts.comment(PythonNames.stripHash(src.text(n)));
                    case "string" -> {
                        if (!isDocstring(n)) {
                            facts.string(stringContent(n));
                        }
                        continue;
                    }
                    default -> {
                    }
                }
                pushChildren(n, scope, stack);
            }
        }

        private void pushChildren(TSNode n, Scope scope, Deque<Frame> stack) {
            for (int i = ParsedSource.namedChildCount(n) - 1; i >= 0; i--) {
                stack.push(new Frame(ParsedSource.namedChild(n, i), scope));
            }
        }

        private void pushDecorators(TSNode decorated, Scope scope, Deque<Frame> stack) {
            for (int i = ParsedSource.namedChildCount(decorated) - 1; i >= 0; i--) {
                TSNode c = ParsedSource.namedChild(decorated, i);
                if (src.type(c).equals("decorator")) {
                    stack.push(new Frame(c, scope));
                }
            }
        }

        /** A class or function (outer is its decorated_definition when decorated); pushes its body. */
        private void definition(TSNode def, TSNode outer, Scope scope, Deque<Frame> stack) {
            String name = src.field(def, "name");
            TSNode body = ParsedSource.child(def, "body");
            boolean isClass = src.type(def).equals("class_definition");
            String kind;
            if (isClass) {
                kind = "class";
            } else if (scope.inClass()) {
                kind = "__init__".equals(name) ? "constructor" : isProperty(outer) ? "property" : "method";
            } else {
                kind = "function";
            }
            boolean exported = scope.exported() && !scope.inFunction() && name != null && PythonNames.isPublicName(name);
            String signature = ParsedSource.collapse(src.text(ParsedSource.startByte(outer), headEnd(def, body)));
            if (name != null) {
                facts.symbol(new SymbolFact(kind, name, scope.container(), signature,
                        ParsedSource.startLine(outer), ParsedSource.endLine(outer), exported,
                        body == null ? null : docstring(body)));
            }
            if (isClass) {
                superclasses(def, name);
            } else {
                TSNode params = ParsedSource.child(def, "parameters");
                if (params != null) {
                    stack.push(new Frame(params, scope));
                }
            }
            String qualified = scope.container() == null ? name : scope.container() + "." + name;
            Scope inner = new Scope(qualified, isClass, !isClass || scope.inFunction(), exported);
            if (body != null) {
                pushChildren(body, inner, stack);
            }
        }

        /** Where the head ends: before the {@code :} that opens the body (a comment may sit after it). */
        private int headEnd(TSNode def, TSNode body) {
            int end = ParsedSource.endByte(def);
            for (int i = 0; i < ParsedSource.childCount(def); i++) {
                TSNode c = ParsedSource.childAt(def, i);
                if (body != null && TSNode.eq(c, body)) {
                    break;
                }
                if (src.type(c).equals(":")) {
                    end = ParsedSource.startByte(c);
                } else if (src.type(c).equals("comment")) {
                    facts.comment(PythonNames.stripHash(src.text(c)));
                }
            }
            return end;
        }

        private boolean isProperty(TSNode outer) {
            if (!src.type(outer).equals("decorated_definition")) {
                return false;
            }
            for (int i = 0; i < ParsedSource.namedChildCount(outer); i++) {
                TSNode c = ParsedSource.namedChild(outer, i);
                if (src.type(c).equals("decorator")) {
                    String t = src.text(c);
                    if (t.equals("@property") || t.equals("@cached_property") || t.equals("@functools.cached_property")
                            || t.endsWith(".setter") || t.endsWith(".getter") || t.endsWith(".deleter")) {
                        return true;
                    }
                }
            }
            return false;
        }

        private void superclasses(TSNode def, String subject) {
            TSNode supers = ParsedSource.child(def, "superclasses");
            if (supers == null || subject == null) {
                return;
            }
            for (int i = 0; i < ParsedSource.namedChildCount(supers); i++) {
                TSNode b = ParsedSource.namedChild(supers, i);
                String type = src.type(b);
                if (type.equals("subscript")) {
                    b = ParsedSource.child(b, "value");
                    type = b == null ? "" : src.type(b);
                }
                if (type.equals("identifier") || type.equals("attribute")) {
                    facts.typeRelation(subject, "extends", src.text(b), ParsedSource.startLine(b));
                }
            }
        }

        /** Module constants/variables and class fields: simple-name assignment targets. */
        private void assignment(TSNode stmt, Scope scope) {
            if (scope.inFunction() || ParsedSource.namedChildCount(stmt) == 0) {
                return;
            }
            TSNode a = ParsedSource.namedChild(stmt, 0);
            if (!src.type(a).equals("assignment")) {
                return;
            }
            TSNode left = ParsedSource.child(a, "left");
            if (left == null || !src.type(left).equals("identifier")) {
                return;
            }
            String name = src.text(left);
            String kind = scope.inClass() ? "field" : PythonNames.isConstantName(name) ? "constant" : "variable";
            TSNode right = ParsedSource.child(a, "right");
            String signature = right == null ? ParsedSource.collapse(src.text(a)) : src.head(ParsedSource.startByte(a), a, right);
            if (signature.endsWith("=")) {
                signature = signature.substring(0, signature.length() - 1).stripTrailing();
            }
            facts.symbol(new SymbolFact(kind, name, scope.container(), signature, ParsedSource.startLine(a),
                    ParsedSource.endLine(a), scope.exported() && PythonNames.isPublicName(name), null));
        }

        private void importStatement(TSNode n) {
            int line = ParsedSource.startLine(n);
            for (int i = 0; i < ParsedSource.namedChildCount(n); i++) {
                TSNode name = ParsedSource.namedChild(n, i);
                if (src.type(name).equals("aliased_import")) {
                    name = ParsedSource.child(name, "name");
                }
                if (name != null && src.type(name).equals("dotted_name")) {
                    facts.importFact(src.text(name), "import", line);
                }
            }
        }

        private void fromImport(TSNode n) {
            int line = ParsedSource.startLine(n);
            TSNode module = ParsedSource.child(n, "module_name");
            if (module == null) {
                return;
            }
            boolean relative = src.type(module).equals("relative_import");
            String base = src.text(module);
            String kind = relative ? "relative" : "from";
            boolean any = false;
            for (int i = 0; i < ParsedSource.namedChildCount(n); i++) {
                TSNode c = ParsedSource.namedChild(n, i);
                if (TSNode.eq(c, module)) {
                    continue;
                }
                if (src.type(c).equals("wildcard_import")) {
                    facts.importFact(base, relative ? "relative" : "wildcard", line);
                    any = true;
                    continue;
                }
                TSNode name = src.type(c).equals("aliased_import") ? ParsedSource.child(c, "name") : c;
                if (name != null && src.type(name).equals("dotted_name")) {
                    String sep = base.endsWith(".") ? "" : ".";
                    facts.importFact(base + sep + src.text(name), kind, line);
                    any = true;
                }
            }
            if (!any) {
                facts.importFact(base, kind, line);
            }
        }

        private void call(TSNode n) {
            TSNode fn = ParsedSource.child(n, "function");
            if (fn == null) {
                return;
            }
            String type = src.type(fn);
            if (type.equals("identifier")) {
                facts.call(src.text(fn), ParsedSource.startLine(n));
            } else if (type.equals("attribute")) {
                facts.call(src.field(fn, "attribute"), ParsedSource.startLine(n));
            }
        }

        /** The docstring of a block or module: its first statement when that is a string. */
        private String docstring(TSNode block) {
            if (ParsedSource.namedChildCount(block) == 0) {
                return null;
            }
            TSNode first = ParsedSource.namedChild(block, 0);
            if (!src.type(first).equals("expression_statement") || ParsedSource.namedChildCount(first) != 1) {
                return null;
            }
            TSNode s = ParsedSource.namedChild(first, 0);
            return src.type(s).equals("string") ? PythonNames.dedent(stringContent(s)) : null;
        }

        private boolean isDocstring(TSNode string) {
            TSNode stmt = ParsedSource.parent(string);
            if (stmt == null || ParsedSource.isNull(stmt) || !src.type(stmt).equals("expression_statement")) {
                return false;
            }
            TSNode block = ParsedSource.parent(stmt);
            if (block == null || ParsedSource.isNull(block) || ParsedSource.namedChildCount(block) == 0
                    || !TSNode.eq(ParsedSource.namedChild(block, 0), stmt)) {
                return false;
            }
            String t = src.type(block);
            if (t.equals("module")) {
                return true;
            }
            TSNode def = ParsedSource.parent(block);
            return t.equals("block") && def != null && !ParsedSource.isNull(def)
                    && (src.type(def).equals("function_definition") || src.type(def).equals("class_definition"));
        }

        private String stringContent(TSNode s) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < ParsedSource.namedChildCount(s); i++) {
                TSNode c = ParsedSource.namedChild(s, i);
                if (src.type(c).equals("string_content")) {
                    out.append(src.text(c));
                }
            }
            return out.toString();
        }
    }
}
