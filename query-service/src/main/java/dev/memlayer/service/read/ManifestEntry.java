package dev.memlayer.service.read;

import dev.memlayer.model.facts.TestPaths;
import dev.memlayer.model.text.IdentifierSplitter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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
 * @param document  whether it is documentation, configuration or data rather than code
 *                  ({@link #isDocument(String, String)}), decided once likewise
 * @param history   whether it is a document recording the project's past changes, a changelog or release
 *                  notes ({@link #isHistory(String)}): about what changed, never about where code is
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
        boolean test,
        boolean document,
        boolean history) {

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
        String fileName = name.toLowerCase(Locale.ROOT);
        boolean document = isDocument(language, name);
        return new ManifestEntry(path, contentHash, size, language, lines, fileName,
                stemAsWritten.toLowerCase(Locale.ROOT), nameTerms, dirTerms, directory, TestPaths.isTest(path),
                document, document && isHistory(path));
    }

    /** A changelog's file name ({@code CHANGES.md}, {@code HISTORY.rst}, {@code change-archive.txt}, {@code NEWS}). */
    private static final Pattern HISTORY_NAME =
            Pattern.compile("(change(s|log)?|history|news|releases|release[-_]?notes)([-_.][^/]*)?");
    /** A directory of change notes ({@code changelog_unreleased/}, {@code changes/}, {@code release-notes/}). */
    private static final Pattern HISTORY_DIRECTORY = Pattern.compile("changelogs?([-_][^/]*)?|changes|release[-_]?notes");

    /**
     * Whether a document ({@link #isDocument}) at this path records the project's past changes: named like a
     * changelog, or inside a directory of change notes. A source file so named ({@code changelog-for-patch.js})
     * is code, so only documents are asked.
     */
    static boolean isHistory(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        String[] segments = lower.split("/");
        if (HISTORY_NAME.matcher(segments[segments.length - 1]).matches()) {
            return true;
        }
        for (int i = 0; i < segments.length - 1; i++) {
            if (HISTORY_DIRECTORY.matcher(segments[i]).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DOCUMENT_LANGUAGES =
            Set.of("markdown", "text", "json", "yaml", "toml", "xml", "properties");
    /**
     * Configuration and data formats no language rule knows: INI-style settings, lockfiles, Go's module
     * files, vector images. YAML, TOML and JSON settings are documents by language already.
     */
    private static final Set<String> DATA_EXTENSIONS = Set.of("ini", "cfg", "conf", "lock", "mod", "sum", "svg");
    /** Names without extension that are documents however they are written ({@code License}, {@code changelog}). */
    private static final Set<String> DOCUMENT_NAMES = Set.of("readme", "license", "licence", "copying", "notice",
            "authors", "contributors", "maintainers", "owners", "codeowners", "changes", "changelog", "history", "news",
            "todo", "install", "patents", "version");

    /**
     * By language; or, for a file no language rule knows ({@code other}): a name without extension written in
     * capitals or named like one ({@code CHANGES}, {@code LICENSE}, {@code changelog}), a dotfile ({@code
     * .gitignore}, {@code .editorconfig}), a configuration or data format ({@link #DATA_EXTENSIONS}) or a manual
     * page ({@code guide.1}). Any other name without extension is an executable script ({@code scripts/eval},
     * {@code bin/rails}, {@code gradlew}): code. A dotfile in a language of code ({@code .eslintrc.js}) stays code.
     */
    static boolean isDocument(String language, String fileName) {
        if (DOCUMENT_LANGUAGES.contains(language)) {
            return true;
        }
        if (!"other".equals(language)) {
            return false;
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot < 0) {
            return fileName.equals(fileName.toUpperCase(Locale.ROOT)) || DOCUMENT_NAMES.contains(lower);
        }
        String extension = lower.substring(dot + 1);
        return dot == 0 || DATA_EXTENSIONS.contains(extension)
                || extension.length() == 1 && extension.charAt(0) >= '1' && extension.charAt(0) <= '9';
    }

    /** Every path term of this file, name terms first. */
    public List<String> allTerms() {
        List<String> all = new ArrayList<>(nameTerms);
        all.addAll(dirTerms);
        return all;
    }
}
