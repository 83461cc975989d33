package dev.memlayer.indexer.extract.typescript;

import static dev.memlayer.indexer.extract.typescript.TypeScriptNodes.isFunctionValue;
import static dev.memlayer.indexer.extract.typescript.TypeScriptNodes.jsdoc;

import dev.memlayer.indexer.extract.FactsBuilder;
import dev.memlayer.indexer.extract.treesitter.ParsedSource;
import dev.memlayer.model.facts.SymbolFact;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/**
 * The ways CommonJS code defines its API without a declaration, as symbols: functions assigned to members at
 * module level, named functions passed to a module-level call, and {@code require} calls (imports, no symbol).
 * {@link TypeScriptWalk} asks here for the statements it meets; what a found function's body holds it walks itself.
 */
final class CommonJsDefinitions {

    /** A function a statement defined, and the container its own body's declarations belong to. */
    record Defined(TSNode function, String container) {
    }

    private final ParsedSource src;
    private final FactsBuilder facts;

    CommonJsDefinitions(ParsedSource src, FactsBuilder facts) {
        this.src = src;
        this.facts = facts;
    }

    /**
     * A function assigned to a member at module level, the way CommonJS code defines its API: {@code
     * app.listen = function listen() {…}}, {@code exports.parse = (s) => …}, {@code Axios.prototype.request =
     * function request(config) {…}}. The member is the symbol ({@code listen}, in container {@code app}; a
     * prototype's is a method of its type, {@code request} in {@code Axios}); it is exported unless its name
     * starts with an underscore. A chain gives the function each of its names ({@code res.contentType = res.type =
     * function contentType(type) {…}} defines {@code contentType} and {@code type}). {@code module.exports =
     * function dispatchRequest(config) {…}} defines the function's own name; an anonymous one is left alone.
     *
     * @return the function defined, or null when the statement is no such assignment
     */
    Defined memberFunction(TSNode stmt, WalkScope scope) {
        TSNode assignment = ParsedSource.namedChildCount(stmt) == 1 ? ParsedSource.namedChild(stmt, 0) : null;
        List<TSNode> members = new ArrayList<>(2);
        TSNode value = assignment;
        while (value != null && src.type(value).equals("assignment_expression")) {
            TSNode left = ParsedSource.child(value, "left");
            if (left == null || !src.type(left).equals("member_expression")) {
                return null;
            }
            members.add(left);
            value = ParsedSource.child(value, "right");
        }
        if (members.isEmpty() || value == null || !isFunctionValue(src, value)) {
            return null;
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
                            ParsedSource.startLine(stmt), ParsedSource.endLine(stmt), true, jsdoc(src, stmt)));
                    scopeName = scope.qualify(own);
                }
                continue;
            }
            boolean prototype = owner.endsWith(".prototype");
            String container = scope.qualify(prototype ? owner.substring(0, owner.length() - ".prototype".length())
                    : owner);
            facts.symbol(new SymbolFact(prototype ? "method" : "function", name, container, signature,
                    ParsedSource.startLine(stmt), ParsedSource.endLine(stmt), !name.startsWith("_"), jsdoc(src, stmt)));
            scopeName = container + "." + name; // the last name written, the one the function is assigned to
        }
        return scopeName == null ? null : new Defined(value, scopeName);
    }

    /**
     * A named function passed to a call that is a statement of the module, the way some CommonJS code defines
     * its API: {@code defineGetter(req, 'protocol', function protocol() {…})} defines {@code protocol}. Its name is
     * the only name the code gives it; an anonymous one ({@code describe('…', function () {…})}) defines nothing.
     */
    void namedArgument(TSNode fn, TSNode arguments, WalkScope scope) {
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
                ParsedSource.endLine(fn), false, jsdoc(src, statement)));
    }

    /** {@code require('x')}, a member of it ({@code require('x').y}) or a call of it ({@code require('debug')('app')}). */
    boolean isRequire(TSNode value) {
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
}
