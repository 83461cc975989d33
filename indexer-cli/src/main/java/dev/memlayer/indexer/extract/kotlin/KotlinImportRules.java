package dev.memlayer.indexer.extract.kotlin;

import dev.memlayer.indexer.extract.java.JvmSourcePaths;
import dev.memlayer.indexer.resolve.ImportRules;
import dev.memlayer.indexer.resolve.PathIndex;
import dev.memlayer.indexer.resolve.ResolveContext;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Kotlin imports → files, in this order:
 * <ol>
 * <li>a class: {@code …/com/acme/Foo.kt}, then {@code Foo.java} (interop), outer classes for nested ones;</li>
 * <li>a top-level function or property ({@code com.acme.util.shout}): the {@code .kt} files of the
 *     package directory that mention the name; a wildcard: all of them (and its {@code .java} files);</li>
 * <li>Kotlin allows directories that do not mirror the package (the common root is often omitted:
 *     {@code com.acme.core.Outer} in {@code core/Outer.kt}), so when 1 and 2 find nothing, files named
 *     after the class, or files in directories named like the package's last segment, are read through
 *     {@link ResolveContext#text} and kept when their {@code package} line is the imported package.</li>
 * </ol>
 * Only candidates are read (a file name or one directory name), never the whole repository.
 */
public final class KotlinImportRules implements ImportRules {

    /** Directories checked by their files' package line, at most (bounds a pathological repository). */
    private static final int MAX_FALLBACK_DIRECTORIES = 32;

    @Override
    public Set<Language> languages() {
        return Set.of(Language.KOTLIN);
    }

    /** Package lines and mentioned members are read from Kotlin sources. */
    @Override
    public boolean readsText(String path) {
        return path.endsWith(".kt");
    }

    @Override
    public List<String> resolve(ImportFact imp, String fromPath, ResolveContext context) {
        PathIndex paths = context.paths();
        String raw = imp.raw();
        boolean wildcard = raw.endsWith(".*");
        String name = wildcard ? raw.substring(0, raw.length() - 2) : raw;
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return List.of();
        }
        if (wildcard) {
            List<String> files = new ArrayList<>(JvmSourcePaths.packageFiles(paths, name.replace('.', '/'),
                    fromPath, ".kt"));
            files.addAll(JvmSourcePaths.packageFiles(paths, name.replace('.', '/'), fromPath, ".java"));
            if (!files.isEmpty()) {
                return files;
            }
            List<String> declared = declaringPackage(paths, context, name, null);
            return declared.isEmpty() ? JvmSourcePaths.classFile(paths, name, fromPath, ".kt", ".java") : declared;
        }
        List<String> byPath = JvmSourcePaths.classFile(paths, name, fromPath, ".kt", ".java");
        if (!byPath.isEmpty()) {
            return byPath;
        }
        String pkg = name.substring(0, dot);
        String member = name.substring(dot + 1);
        List<String> mentioning = new ArrayList<>();
        for (String p : JvmSourcePaths.packageFiles(paths, pkg.replace('.', '/'), fromPath, ".kt")) {
            if (context.text(p).map(t -> mentions(t, member)).orElse(false)) {
                mentioning.add(p);
            }
        }
        if (!mentioning.isEmpty()) {
            return mentioning;
        }
        List<String> sameName = new ArrayList<>();
        for (String p : paths.withFileName(member + ".kt")) {
            if (pkg.equals(packageOf(context, p))) {
                sameName.add(p);
            }
        }
        return !sameName.isEmpty() ? JvmSourcePaths.closest(sameName, fromPath)
                : declaringPackage(paths, context, pkg, member);
    }

    /**
     * Files whose {@code package} line is {@code pkg}, looked for in directories named like its last
     * segment; when {@code member} is set, only files mentioning it.
     */
    private static List<String> declaringPackage(PathIndex paths, ResolveContext context, String pkg, String member) {
        String last = pkg.substring(pkg.lastIndexOf('.') + 1);
        List<String> out = new ArrayList<>();
        List<String> dirs = paths.directoriesWithSuffix(last);
        for (String dir : dirs.subList(0, Math.min(dirs.size(), MAX_FALLBACK_DIRECTORIES))) {
            for (String p : paths.inDirectory(dir)) {
                if (p.endsWith(".kt") && pkg.equals(packageOf(context, p))
                        && (member == null || context.text(p).map(t -> mentions(t, member)).orElse(false))) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The {@code package} line of a Kotlin file, or null (default package or unreadable). */
    static String packageOf(ResolveContext context, String path) {
        String text = context.text(path).orElse("");
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            String line = (nl < 0 ? text.substring(pos) : text.substring(pos, nl)).strip();
            if (line.startsWith("package ")) {
                String pkg = line.substring(8).strip();
                int end = 0;
                while (end < pkg.length() && (Character.isJavaIdentifierPart(pkg.charAt(end)) || pkg.charAt(end) == '.')) {
                    end++;
                }
                return pkg.substring(0, end);
            }
            if (line.startsWith("import ") || line.startsWith("class ") || line.startsWith("fun ")) {
                return null;
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return null;
    }

    /** Whether {@code text} contains {@code word} as a whole identifier. */
    static boolean mentions(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            int end = at + word.length();
            boolean left = at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1));
            boolean right = end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end));
            if (left && right) {
                return true;
            }
            at = text.indexOf(word, end);
        }
        return false;
    }
}
