package dev.memlayer.model.facts;

import java.util.Set;

/**
 * A declared symbol.
 *
 * @param kind      class, interface, enum, record, annotation, struct, trait, type, function, method,
 *                  constructor, field, property, constant, variable, module, object, macro, impl
 * @param container enclosing qualified name ({@code com.acme.Outer.Inner}); null at top level
 * @param signature the full declaration head, multi-line signatures joined as written (no body)
 * @param exported  visible outside its file/module (public, exported, capitalized Go name, pub, …)
 * @param doc       its doc comment without comment markers; null when none
 */
public record SymbolFact(String kind, String name, String container, String signature, int lineStart, int lineEnd,
        boolean exported, String doc) {

    private static final Set<String> DATA_KINDS = Set.of("field", "property", "constant", "variable");

    /** Whether a symbol of this kind holds data (a field, property, constant or variable) rather than code. */
    public static boolean isDataKind(String kind) {
        return DATA_KINDS.contains(kind);
    }
}
