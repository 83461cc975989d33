package dev.memlayer.indexer.extract.typescript;

/**
 * Where {@link TypeScriptWalk} is: the container its declarations belong to, what that is the body of, whether
 * it is exported. In a {@code FUNCTION} body nothing more is a symbol. {@code inCallback}: in a function passed
 * as a value (a call's argument, an object literal's method), whose own functions are named helpers worth
 * finding ({@code create(context) { function isShadowed(…) … }}) but whose variables are its locals ({@code var
 * proto = …} in {@code defineGetter(req, 'protocol', function () {…})}).
 */
record WalkScope(String container, Body body, boolean exported, boolean inCallback) {

    /** What a scope is the body of: module or namespace code, a class, a declared function or method. */
    enum Body { MODULE, CLASS, FUNCTION }

    static WalkScope module() {
        return new WalkScope(null, Body.MODULE, false, false);
    }

    static WalkScope namespace(String container, boolean exported) {
        return new WalkScope(container, Body.MODULE, exported, false);
    }

    static WalkScope classBody(String container, boolean exported) {
        return new WalkScope(container, Body.CLASS, exported, false);
    }

    static WalkScope function(String container) {
        return new WalkScope(container, Body.FUNCTION, false, false);
    }

    WalkScope callback() {
        return new WalkScope(container, body, exported, true);
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
