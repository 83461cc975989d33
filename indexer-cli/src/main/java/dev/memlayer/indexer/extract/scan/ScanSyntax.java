package dev.memlayer.indexer.extract.scan;

/**
 * The lexical rules that differ between C-family languages.
 *
 * @param nestedBlockComments {@code /* /* *\/ *\/} nests (Kotlin)
 * @param tripleQuoteStrings  {@code """…"""} raw/text-block strings (Java, Kotlin)
 * @param backtickStrings     {@code `…`} raw strings (Go); when false a backtick quotes an identifier (Kotlin)
 * @param templates           {@code ${…}} and {@code $name} inside strings are code (Kotlin)
 */
public record ScanSyntax(boolean nestedBlockComments, boolean tripleQuoteStrings, boolean backtickStrings,
        boolean templates) {

    public static final ScanSyntax JAVA = new ScanSyntax(false, true, false, false);
    public static final ScanSyntax KOTLIN = new ScanSyntax(true, true, false, true);
    public static final ScanSyntax GO = new ScanSyntax(false, false, true, false);
}
