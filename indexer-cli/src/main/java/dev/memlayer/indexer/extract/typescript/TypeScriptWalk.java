package dev.memlayer.indexer.extract.typescript;

import static dev.memlayer.indexer.extract.typescript.TypeScriptNodes.isFunctionValue;
import static dev.memlayer.indexer.extract.typescript.TypeScriptNodes.jsdoc;

import dev.memlayer.indexer.extract.FactsBuilder;
import dev.memlayer.indexer.extract.treesitter.ParsedSource;
import dev.memlayer.model.facts.SymbolFact;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * One TypeScript, TSX or JavaScript extraction's iterative traversal (see {@link TypeScriptExtractor}):
 * declarations become symbols with their scope's container, export and doc; imports and references
 * go to {@link TypeScriptReferences}, CommonJS's ways of defining an API to {@link CommonJsDefinitions}.
 */
final class TypeScriptWalk {

    /**
     * Named node types that never have named children in these grammars (tokens, or aliases of a
     * choice of keywords): the walk does not ask for their children, one native call per leaf less.
     */
    private static final Set<String> LEAVES = Set.of("identifier", "property_identifier",
            "shorthand_property_identifier", "shorthand_property_identifier_pattern", "private_property_identifier",
            "type_identifier", "statement_identifier", "number", "string_fragment", "escape_sequence", "regex_pattern",
            "regex_flags", "comment", "this", "super", "true", "false", "null", "undefined", "jsx_text",
            "hash_bang_line", "html_character_reference", "predefined_type");

    private record Frame(TSNode node, WalkScope scope) {
    }

    private final ParsedSource src;
    private final FactsBuilder facts;
    private final TypeScriptReferences refs;
    private final CommonJsDefinitions commonJs;
    private final Deque<Frame> stack = new ArrayDeque<>();

    TypeScriptWalk(ParsedSource src, FactsBuilder facts) {
        this.src = src;
        this.facts = facts;
        this.refs = new TypeScriptReferences(src, facts);
        this.commonJs = new CommonJsDefinitions(src, facts);
    }

    void run() {
        stack.push(new Frame(src.root(), WalkScope.module()));
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            String type = src.type(f.node());
            if (!visit(f.node(), type, f.scope()) && !LEAVES.contains(type)) {
                pushChildren(f.node(), f.scope());
            }
        }
    }

    /** Handles one node; true when it pushed (or deliberately skipped) its children itself. */
    private boolean visit(TSNode n, String type, WalkScope scope) {
        switch (type) {
            case "class_declaration", "abstract_class_declaration", "class" -> {
                return classLike(n, scope, "class");
            }
            case "interface_declaration" -> {
                return classLike(n, scope, "interface");
            }
            case "enum_declaration" -> declare(n, scope, "enum", ParsedSource.child(n, "body"));
            case "type_alias_declaration" -> declare(n, scope, "type", null);
            case "internal_module", "module" -> {
                return namespace(n, scope);
            }
            case "function_declaration", "generator_function_declaration", "function_signature" -> {
                if (!scope.inFunction()) {
                    TSNode body = ParsedSource.child(n, "body");
                    declare(n, scope, "function", body);
                    pushFunction(n, scope, src.field(n, "name"));
                    return true;
                }
            }
            case "function_expression", "function", "arrow_function", "generator_function" -> {
                TSNode parent = ParsedSource.parent(n);
                if (!scope.inCallback() && parent != null && src.type(parent).equals("arguments")) {
                    commonJs.namedArgument(n, parent, scope);
                    pushChildren(n, scope.callback());
                    return true;
                }
            }
            case "method_definition", "method_signature", "abstract_method_signature" -> {
                if (scope.inModule() && !scope.inCallback()) {
                    pushChildren(n, scope.callback()); // an object literal's method
                    return true;
                }
                if (scope.inClass()) {
                    String name = src.field(n, "name");
                    String kind = "constructor".equals(name) ? "constructor" : accessor(n) ? "property" : "method";
                    declare(n, scope, kind, ParsedSource.child(n, "body"));
                    pushFunction(n, scope, name);
                    return true;
                }
            }
            case "public_field_definition", "field_definition", "property_signature" -> {
                if (scope.inClass()) {
                    field(n, scope);
                }
            }
            case "lexical_declaration", "variable_declaration" -> {
                if (scope.inModule()) {
                    variables(n, scope);
                    return true;
                }
            }
            case "expression_statement" -> {
                CommonJsDefinitions.Defined defined = scope.inModule() ? commonJs.memberFunction(n, scope) : null;
                if (defined != null) {
                    stack.push(new Frame(defined.function(), WalkScope.function(defined.container())));
                    return true;
                }
            }
            case "import_statement" -> refs.importStatement(n);
            case "export_statement" -> {
                TSNode source = ParsedSource.child(n, "source");
                if (source != null) {
                    facts.importFact(refs.stringValue(source), "reexport", ParsedSource.startLine(n));
                }
            }
            case "call_expression" -> refs.call(n);
            case "new_expression" -> refs.callee(ParsedSource.child(n, "constructor"), n);
            case "jsx_opening_element", "jsx_self_closing_element" -> refs.jsxTag(n);
            case "comment" -> facts.comment(TypeScriptText.stripComment(src.text(n)));
            case "string", "template_string" -> {
                facts.string(refs.stringValue(n));
                return type.equals("string");
            }
            default -> {
            }
        }
        return false;
    }

    private void pushChildren(TSNode n, WalkScope scope) {
        for (int i = ParsedSource.namedChildCount(n) - 1; i >= 0; i--) {
            stack.push(new Frame(ParsedSource.namedChild(n, i), scope));
        }
    }

    private void pushFunction(TSNode fn, WalkScope scope, String name) {
        String container = scope.qualify(name);
        pushChildren(fn, WalkScope.function(container));
    }

    private boolean classLike(TSNode n, WalkScope scope, String kind) {
        String name = src.field(n, "name");
        if (src.type(n).equals("class") && name == null) {
            return false;
        }
        TSNode body = ParsedSource.child(n, "body");
        boolean exported = declare(n, scope, kind, body);
        if (name == null) {
            name = "default";
        }
        refs.heritage(n, name);
        String container = scope.qualify(name);
        pushChildren(n, WalkScope.classBody(container, exported));
        return true;
    }

    private boolean namespace(TSNode n, WalkScope scope) {
        String name = src.field(n, "name");
        if (name == null) {
            return false;
        }
        if (name.length() > 1 && (name.charAt(0) == '"' || name.charAt(0) == '\'')) {
            name = name.substring(1, name.length() - 1);
        }
        boolean exported = declare(n, scope, "module", name, ParsedSource.child(n, "body"));
        String container = scope.qualify(name);
        pushChildren(n, WalkScope.namespace(container, exported || isAmbient(n)));
        return true;
    }

    /** Records a symbol for a declaration; returns whether it is exported. */
    private boolean declare(TSNode n, WalkScope scope, String kind, TSNode body) {
        return declare(n, scope, kind, src.field(n, "name"), body);
    }

    private boolean declare(TSNode n, WalkScope scope, String kind, String declaredName, TSNode body) {
        TSNode outer = outer(n);
        String name = declaredName == null ? "default" : declaredName;
        boolean exported = isExported(n, outer, scope);
        String signature = src.head(ParsedSource.startByte(outer), n, body);
        facts.symbol(new SymbolFact(kind, name, scope.container(), TypeScriptText.trimHead(signature), ParsedSource.startLine(outer),
                ParsedSource.endLine(n), exported, jsdoc(src, outer)));
        return exported;
    }

    private boolean isExported(TSNode n, TSNode outer, WalkScope scope) {
        if (scope.inClass()) {
            if (!scope.exported()) {
                return false;
            }
            for (int i = 0; i < ParsedSource.namedChildCount(n); i++) {
                TSNode c = ParsedSource.namedChild(n, i);
                if (src.type(c).equals("accessibility_modifier")) {
                    return src.text(c).equals("public");
                }
                if (src.type(c).equals("private_property_identifier")) {
                    return false;
                }
            }
            return true;
        }
        return src.type(outer).equals("export_statement") || (scope.exported() && !scope.inFunction()
                && scope.container() != null && isAmbientContainer(n));
    }

    private boolean isAmbientContainer(TSNode n) {
        for (TSNode p = ParsedSource.parent(n); p != null && !ParsedSource.isNull(p); p = ParsedSource.parent(p)) {
            if (src.type(p).equals("ambient_declaration")) {
                return true;
            }
        }
        return false;
    }

    private boolean isAmbient(TSNode n) {
        TSNode p = ParsedSource.parent(n);
        return p != null && !ParsedSource.isNull(p) && src.type(p).equals("ambient_declaration");
    }

    /** The node whose start is the declaration's start: its export statement or ambient wrapper. */
    private TSNode outer(TSNode n) {
        TSNode p = ParsedSource.parent(n);
        if (p != null && !ParsedSource.isNull(p)) {
            String t = src.type(p);
            if (t.equals("export_statement") || t.equals("ambient_declaration")) {
                return p;
            }
            if (t.equals("expression_statement") && src.type(n).equals("internal_module")) {
                return p;
            }
        }
        return n;
    }

    private boolean accessor(TSNode n) {
        for (int i = 0; i < ParsedSource.childCount(n); i++) {
            TSNode c = ParsedSource.childAt(n, i);
            if (ParsedSource.isNamed(c)) {
                break;
            }
            String t = src.type(c);
            if (t.equals("get") || t.equals("set")) {
                return true;
            }
        }
        return false;
    }

    private void field(TSNode n, WalkScope scope) {
        TSNode value = ParsedSource.child(n, "value");
        boolean fn = value != null && isFunctionValue(src, value);
        TSNode body = fn ? ParsedSource.child(value, "body") : value;
        String name = src.field(n, "name");
        String signature = TypeScriptText.trimHead(src.head(ParsedSource.startByte(n), n, body));
        facts.symbol(new SymbolFact(fn ? "method" : src.type(n).equals("property_signature") ? "property" : "field",
                name == null ? "?" : name, scope.container(), signature, ParsedSource.startLine(n),
                ParsedSource.endLine(n), isExported(n, n, scope), jsdoc(src, n)));
    }

    /** Module/namespace-level const/let/var: functions when bound to a function value. */
    private void variables(TSNode decl, WalkScope scope) {
        TSNode outer = outer(decl);
        String keyword = ParsedSource.childCount(decl) > 0 ? src.text(ParsedSource.childAt(decl, 0)) : "const";
        boolean exported = src.type(outer).equals("export_statement") || isExported(decl, outer, scope);
        String prefix = ParsedSource.collapse(src.text(ParsedSource.startByte(outer), ParsedSource.startByte(decl)));
        String doc = jsdoc(src, outer);
        for (int i = 0; i < ParsedSource.namedChildCount(decl); i++) {
            TSNode d = ParsedSource.namedChild(decl, i);
            if (!src.type(d).equals("variable_declarator")) {
                stack.push(new Frame(d, scope));
                continue;
            }
            TSNode nameNode = ParsedSource.child(d, "name");
            TSNode value = ParsedSource.child(d, "value");
            if (nameNode == null || !src.type(nameNode).equals("identifier")) {
                if (value != null) {
                    stack.push(new Frame(value, scope));
                }
                continue;
            }
            String name = src.text(nameNode);
            boolean fn = value != null && isFunctionValue(src, value);
            // no symbol for a CommonJS import (var send = require('send'): an import fact, like ESM's import) nor
            // for a callback's local
            if (value != null && commonJs.isRequire(value) || scope.inCallback() && !fn) {
                if (value != null) {
                    stack.push(new Frame(value, scope));
                }
                continue;
            }
            String head;
            if (fn) {
                head = src.head(ParsedSource.startByte(d), value, ParsedSource.child(value, "body"));
            } else {
                head = src.head(ParsedSource.startByte(d), d, value);
            }
            String signature = (prefix.isEmpty() ? "" : prefix + " ") + keyword + " " + TypeScriptText.trimHead(head);
            String kind = fn ? "function" : keyword.equals("const") ? "constant" : "variable";
            int start = i == 0 ? ParsedSource.startLine(outer) : ParsedSource.startLine(d);
            facts.symbol(new SymbolFact(kind, name, scope.container(), signature, start, ParsedSource.endLine(d),
                    exported, i == 0 ? doc : null));
            if (value != null) {
                if (fn) {
                    String container = scope.qualify(name);
                    stack.push(new Frame(value, WalkScope.function(container)));
                } else {
                    stack.push(new Frame(value, scope));
                }
            }
        }
    }
}
