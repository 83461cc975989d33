package dev.memlayer.service.read;

import dev.memlayer.model.facts.TestPaths;
import dev.memlayer.model.text.IdentifierSplitter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One file of a snapshot, with its path terms computed once when the snapshot is loaded.
 *
 * @param path      repository-relative, '/'-separated
 * @param fileName  lower-case last segment ({@code invoiceservice.java})
 * @param stem      lower-case file name without its last extension ({@code invoiceservice})
 * @param nameTerms terms of the file name (whole stem and its identifier parts)
 * @param dirTerms  terms of the directory segments
 * @param directory the parent directory path ("" at the root)
 * @param test      whether it is a test file ({@link TestPaths}), decided once per snapshot since
 *                  ranking asks for every candidate of every request
 */
public record ManifestEntry(
        String path,
        String contentHash,
        long size,
        String language,
        int lines,
        String fileName,
        String stem,
        Set<String> nameTerms,
        Set<String> dirTerms,
        String directory,
        boolean test) {

    public ManifestEntry {
        nameTerms = Set.copyOf(nameTerms);
        dirTerms = Set.copyOf(dirTerms);
    }

    public static ManifestEntry of(String path, String contentHash, long size, String language, int lines) {
        int slash = path.lastIndexOf('/');
        String directory = slash < 0 ? "" : path.substring(0, slash);
        String name = path.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String stemAsWritten = dot > 0 ? name.substring(0, dot) : name;
        Set<String> nameTerms = new LinkedHashSet<>(IdentifierSplitter.terms(stemAsWritten));
        nameTerms.add(stemAsWritten.toLowerCase(Locale.ROOT));
        Set<String> dirTerms = new LinkedHashSet<>();
        if (!directory.isEmpty()) {
            for (String segment : directory.split("/")) {
                dirTerms.addAll(IdentifierSplitter.terms(segment));
            }
        }
        dirTerms.removeAll(nameTerms);
        return new ManifestEntry(path, contentHash, size, language, lines, name.toLowerCase(Locale.ROOT),
                stemAsWritten.toLowerCase(Locale.ROOT), nameTerms, dirTerms, directory, TestPaths.isTest(path));
    }

    private static final Set<String> DOCUMENT_LANGUAGES =
            Set.of("markdown", "text", "json", "yaml", "toml", "xml", "properties");

    /** Documentation or data: by language, or a file without extension that no rule knows (CHANGES). */
    public boolean isDocument() {
        return DOCUMENT_LANGUAGES.contains(language) || ("other".equals(language) && fileName.indexOf('.') < 0);
    }

    /** Every path term of this file, name terms first. */
    public List<String> allTerms() {
        List<String> all = new ArrayList<>(nameTerms);
        all.addAll(dirTerms);
        return all;
    }
}
