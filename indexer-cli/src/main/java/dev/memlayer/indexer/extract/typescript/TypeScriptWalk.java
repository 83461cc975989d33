package dev.memlayer.indexer.extract.typescript;

import dev.memlayer.indexer.extract.FactsBuilder;
import dev.memlayer.indexer.extract.treesitter.ParsedSource;
import dev.memlayer.model.facts.SymbolFact;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * One TypeScript, TSX or JavaScript extraction's iterative traversal (see {@link TypeScriptExtractor}):
 * declarations become symbols with their scope's container, export and doc; imports and references
 * go to {@link TypeScriptReferences}.
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

    /** What a scope is the body of: module or namespace code, a class, a declared function or method. */
    private enum Body { MODULE, CLASS, FUNCTION }

    /**
     * Where the walk is. In a {@code FUNCTION} body nothing more is a symbol. {@code inCallback}: in a function
     * passed as a value (a call's argument, an object literal's method), whose own functions are named helpers
     * worth finding ({@code create(context) { function isShadowed(…) … }}) but whose variables are its locals
     * ({@code var proto = …} in {@code defineGetter(req, 'protocol', function () {…})}).
     */
    private record Scope(String container, Body body, boolean exported, boolean inCallback) {

        static Scope module() {
            return new Scope(null, Body.MODULE, false, false);
        }

        static Scope namespace(String container, boolean exported) {
            return new Scope(container, Body.MODULE, exported, false);
        }

        static Scope classBody(String container, boolean exported) {
            return new Scope(container, Body.CLASS, exported, false);
        }

        static Scope function(String container) {
            return new Scope(container, Body.FUNCTION, false, false);
        }

        Scope callback() {
            return new Scope(container, body, exported, true);
        }

        boolean inModule() {
            return body == Body.MODULE;
        }

        boolean inClass() {
            return body == Body.CLASS;
        }

        boolean inFunction() {
            return body == Body.FUNCTION;
        }

        /** {@code name} inside this scope's container ({@code Router.handle}), or alone at module level. */
        String qualify(String name) {
            return container == null ? name : container + "." + name;
        }
    }

    private record Frame(TSNode node, Scope scope) {
    }

    private final ParsedSource src;
    private final FactsBuilder facts;
    private final TypeScriptReferences refs;
    private final Deque<Frame> stack = new ArrayDeque<>();

    TypeScriptWalk(ParsedSource src, FactsBuilder facts) {
        this.src = src;
        this.facts = facts;
        this.refs = new TypeScriptReferences(src, facts);
    }

    void run() {
        stack.push(new Frame(src.root(), Scope.module()));
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            String type = src.type(f.node());
            if (!visit(f.node(), type, f.scope()) && !LEAVES.contains(type)) {
                pushChildren(f.node(), f.scope());
            }
        }
    }

    /** Handles one node; true when it pushed (or deliberately skipped) its children itself. */
    private boolean visit(TSNode n, String type, Scope scope) {
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
                    namedArgument(n, parent, scope);
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
                if (scope.inModule() && memberFunction(n, scope)) {
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

    private void pushChildren(TSNode n, Scope scope) {
        for (int i = ParsedSource.namedChildCount(n) - 1; i >= 0; i--) {
            stack.push(new Frame(ParsedSource.namedChild(n, i), scope));
        }
    }

    private void pushFunction(TSNode fn, Scope scope, String name) {
        String container = scope.qualify(name);
        pushChildren(fn, Scope.function(container));
    }

    private boolean classLike(TSNode n, Scope scope, String kind) {
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
        pushChildren(n, Scope.classBody(container, exported));
        return true;
    }

    private boolean namespace(TSNode n, Scope scope) {
        String name = src.field(n, "name");
        if (name == null) {
            return false;
        }
        if (name.length() > 1 && (name.charAt(0) == '"' || name.charAt(0) == '\'')) {
            name = name.substring(1, name.length() - 1);
        }
        boolean exported = declare(n, scope, "module", name, ParsedSource.child(n, "body"));
        String container = scope.qualify(name);
        pushChildren(n, Scope.namespace(container, exported || isAmbient(n)));
        return true;
    }

    /** Records a symbol for a declaration; returns whether it is exported. */
    private boolean declare(TSNode n, Scope scope, String kind, TSNode body) {
        return declare(n, scope, kind, src.field(n, "name"), body);
    }

    private boolean declare(TSNode n, Scope scope, String kind, String declaredName, TSNode body) {
        TSNode outer = outer(n);
        String name = declaredName == null ? "default" : declaredName;
        boolean exported = isExported(n, outer, scope);
        String signature = src.head(ParsedSource.startByte(outer), n, body);
        facts.symbol(new SymbolFact(kind, name, scope.container(), TypeScriptText.trimHead(signature), ParsedSource.startLine(outer),
                ParsedSource.endLine(n), exported, jsdoc(outer)));
        return exported;
    }

    private boolean isExported(TSNode n, TSNode outer, Scope scope) {
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

    private void field(TSNode n, Scope scope) {
        TSNode value = ParsedSource.child(n, "value");
        boolean fn = value != null && isFunctionValue(value);
        TSNode body = fn ? ParsedSource.child(value, "body") : value;
        String name = src.field(n, "name");
        String signature = TypeScriptText.trimHead(src.head(ParsedSource.startByte(n), n, body));
        facts.symbol(new SymbolFact(fn ? "method" : src.type(n).equals("property_signature") ? "property" : "field",
                name == null ? "?" : name, scope.container(), signature, ParsedSource.startLine(n),
                ParsedSource.endLine(n), isExported(n, n, scope), jsdoc(n)));
    }

    /** Module/namespace-level const/let/var: functions when bound to a function value. */
    private void variables(TSNode decl, Scope scope) {
        TSNode outer = outer(decl);
        String keyword = ParsedSource.childCount(decl) > 0 ? src.text(ParsedSource.childAt(decl, 0)) : "const";
        boolean exported = src.type(outer).equals("export_statement") || isExported(decl, outer, scope);
        String prefix = ParsedSource.collapse(src.text(ParsedSource.startByte(outer), ParsedSource.startByte(decl)));
        String doc = jsdoc(outer);
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
            boolean fn = value != null && isFunctionValue(value);
            // no symbol for a CommonJS import (var send = require('send'): an import fact, like ESM's import) nor
            // for a callback's local
            if (value != null && isRequire(value) || scope.inCallback() && !fn) {
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
                    stack.push(new Frame(value, Scope.function(container)));
                } else {
                    stack.push(new Frame(value, scope));
                }
            }
        }
    }

    /**
     * A function assigned to a member at module level, the way CommonJS code defines its API: {@code
     * app.listen = function listen() {…}}, {@code exports.parse = (s) => …}, {@code Axios.prototype.request =
     * function request(config) {…}}. The member is the symbol ({@code listen}, in container {@code app}; a
     * prototype's is a method of its type, {@code request} in {@code Axios}); it is exported unless its name
     * starts with an underscore. A chain gives the function each of its names ({@code res.contentType = res.type =
     * function contentType(type) {…}} defines {@code contentType} and {@code type}). {@code module.exports =
     * function dispatchRequest(config) {…}} defines the function's own name; an anonymous one is left alone.
     */
    private boolean memberFunction(TSNode stmt, Scope scope) {
        TSNode assignment = ParsedSource.namedChildCount(stmt) == 1 ? ParsedSource.namedChild(stmt, 0) : null;
        List<TSNode> members = new ArrayList<>(2);
        TSNode value = assignment;
        while (value != null && src.type(value).equals("assignment_expression")) {
            TSNode left = ParsedSource.child(value, "left");
            if (left == null || !src.type(left).equals("member_expression")) {
                return false;
            }
            members.add(left);
            value = ParsedSource.child(value, "right");
        }
        if (members.isEmpty() || value == null || !isFunctionValue(value)) {
            return false;
        }
        String signature = TypeScriptText.trimHead(src.head(ParsedSource.startByte(stmt), value,
                ParsedSource.child(value, "body")));
        String scopeName = null;
        for (TSNode member : members) {
            TSNode object = ParsedSource.child(member, "object");
            String name = src.field(member, "property");
            String owner = object == null ? null : src.text(object);
            if (name == null || owner == null) {
                continue;
            }
            if (owner.equals("module") && name.equals("exports")) {
                // the module's default export: the function's own name, if it has one, is the symbol
                String own = src.field(value, "name");
                if (own != null) {
                    facts.symbol(new SymbolFact("function", own, scope.container(), signature,
                            ParsedSource.startLine(stmt), ParsedSource.endLine(stmt), true, jsdoc(stmt)));
                    scopeName = scope.qualify(own);
                }
                continue;
            }
            boolean prototype = owner.endsWith(".prototype");
            String container = scope.qualify(prototype ? owner.substring(0, owner.length() - ".prototype".length())
                    : owner);
            facts.symbol(new SymbolFact(prototype ? "method" : "function", name, container, signature,
                    ParsedSource.startLine(stmt), ParsedSource.endLine(stmt), !name.startsWith("_"), jsdoc(stmt)));
            scopeName = container + "." + name; // the last name written, the one the function is assigned to
        }
        if (scopeName == null) {
            return false;
        }
        stack.push(new Frame(value, Scope.function(scopeName)));
        return true;
    }

    /**
     * A named function passed to a call that is a statement of the module, the way some CommonJS code defines
     * its API: {@code defineGetter(req, 'protocol', function protocol() {…})} defines {@code protocol}. Its name is
     * the only name the code gives it; an anonymous one ({@code describe('…', function () {…})}) defines nothing.
     */
    private void namedArgument(TSNode fn, TSNode arguments, Scope scope) {
        String name = src.field(fn, "name");
        TSNode call = ParsedSource.parent(arguments);
        TSNode statement = call == null ? null : ParsedSource.parent(call);
        if (name == null || !scope.inModule() || statement == null
                || !src.type(statement).equals("expression_statement")) {
            return;
        }
        String signature = TypeScriptText.trimHead(src.head(ParsedSource.startByte(statement), fn,
                ParsedSource.child(fn, "body")));
        facts.symbol(new SymbolFact("function", name, scope.container(), signature, ParsedSource.startLine(statement),
                ParsedSource.endLine(fn), false, jsdoc(statement)));
    }

    /** {@code require('x')}, a member of it ({@code require('x').y}) or a call of it ({@code require('debug')('app')}). */
    private boolean isRequire(TSNode value) {
        String t = src.type(value);
        if (t.equals("member_expression")) {
            TSNode object = ParsedSource.child(value, "object");
            return object != null && isRequire(object);
        }
        if (!t.equals("call_expression")) {
            return false;
        }
        TSNode function = ParsedSource.child(value, "function");
        return function != null && (src.type(function).equals("identifier") && src.text(function).equals("require")
                || isRequire(function));
    }

    private boolean isFunctionValue(TSNode value) {
        String t = src.type(value);
        return t.equals("arrow_function") || t.equals("function_expression") || t.equals("function")
                || t.equals("generator_function");
    }

    /** The JSDoc block right before a declaration, without its markers; null when none. */
    private String jsdoc(TSNode outer) {
        TSNode prev = ParsedSource.prevNamedSibling(outer);
        if (prev == null || ParsedSource.isNull(prev) || !src.type(prev).equals("comment")
                || ParsedSource.endLine(prev) < ParsedSource.startLine(outer) - 1) {
            return null;
        }
        String text = src.text(prev);
        if (!text.startsWith("/**")) {
            return null;
        }
        String doc = TypeScriptText.stripComment(text);
        return doc.isEmpty() ? null : doc;
    }
}
