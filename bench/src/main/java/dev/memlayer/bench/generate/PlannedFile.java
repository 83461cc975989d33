package dev.memlayer.bench.generate;

import java.util.List;

/**
 * One source file of a synthetic repository, before rendering. Imports point only to files of the
 * same language in earlier packages, so every import resolves and no package cycle exists.
 *
 * @param id        index in the plan (all languages)
 * @param lang      its language
 * @param langIndex index among the files of its language (introduction order)
 * @param domain    business domain, e.g. {@code billing}
 * @param layer     package inside the domain, e.g. {@code service} or {@code service2}
 * @param typeName  the one type it declares, e.g. {@code InvoiceService}
 * @param methods   method base names in camel case; the first is what other files call
 * @param lines     target size of the initial version in lines
 * @param imports   ids of the files it imports and calls
 * @param testOf    id of the file this is the test of, or -1
 */
public record PlannedFile(int id, Lang lang, int langIndex, String domain, String layer, String typeName,
                          List<String> methods, int lines, List<Integer> imports, int testOf) {

    public PlannedFile {
        methods = List.copyOf(methods);
        imports = List.copyOf(imports);
    }

    public boolean isTest() {
        return testOf >= 0;
    }

    /** The method other files call: every generated type has it, with one integer parameter. */
    public String entryMethod() {
        return methods.get(0);
    }
}
