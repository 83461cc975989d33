package dev.memlayer.bench.generate;

/** Comment text for generated code, built from the names so lexical search has real words to match. */
final class Prose {

    private Prose() {
    }

    static String typeDoc(PlannedFile file) {
        String what = Words.spaced(file.typeName());
        return Words.capitalize(what) + " for the " + file.domain() + " " + file.layer().replaceAll("\\d", "")
                + " layer: keeps " + file.domain() + " totals within their limit and hands them on.";
    }

    static String methodDoc(PlannedFile file, String method) {
        return Words.capitalize(Words.spaced(method)) + " of the " + file.domain() + " "
                + Words.spaced(file.typeName()) + "; wraps totals above the limit.";
    }

    static int limit(PlannedFile file) {
        return 100 + (file.id() * 37) % 900;
    }

    /** Name of the method a revision adds. */
    static String patchMethod(PlannedFile file, int revision) {
        return "adjust" + Words.QUALIFIERS.get((file.id() + revision) % Words.QUALIFIERS.size()) + revision;
    }
}
