package dev.memlayer.indexer.extract;

import dev.memlayer.model.facts.Language;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The language an extractor reads a file as: its name's ({@link Language#ofPath}), or, for a file whose name has
 * neither a known language nor a dot ({@code bin/rails}, {@code scripts/eval}, {@code gradlew}), the interpreter its
 * {@code #!} line names. The manifest keeps the name's language (decided from the name alone); this only chooses the
 * parser, so an executable script gets its symbols, imports and calls like any source file.
 */
public final class ScriptLanguage {

    /** A {@code #!} line longer than this is not read further. */
    static final int MAX_LINE = 256;

    private static final Map<String, Language> INTERPRETERS = Map.ofEntries(
            Map.entry("python", Language.PYTHON), Map.entry("node", Language.JAVASCRIPT),
            Map.entry("nodejs", Language.JAVASCRIPT), Map.entry("sh", Language.SHELL),
            Map.entry("bash", Language.SHELL), Map.entry("zsh", Language.SHELL), Map.entry("dash", Language.SHELL),
            Map.entry("ksh", Language.SHELL), Map.entry("ruby", Language.RUBY), Map.entry("php", Language.PHP));

    private ScriptLanguage() {
    }

    public static Language of(String path, byte[] data) {
        Language byName = Language.ofPath(path);
        if (byName != Language.OTHER || path.indexOf('.', path.lastIndexOf('/') + 1) >= 0) {
            return byName;
        }
        if (data.length < 3 || data[0] != '#' || data[1] != '!') {
            return byName;
        }
        int end = 2;
        while (end < data.length && end < MAX_LINE && data[end] != '\n') {
            end++;
        }
        String[] words = new String(data, 2, end - 2, StandardCharsets.UTF_8).trim().split("\\s+");
        String program = name(words[0]);
        for (int i = 1; program.equals("env") && i < words.length; i++) {
            // `#!/usr/bin/env -S node --flag`, `#!/usr/bin/env VAR=1 python3`: the first plain word is the program
            if (!words[i].startsWith("-") && words[i].indexOf('=') < 0) {
                program = name(words[i]);
            }
        }
        return INTERPRETERS.getOrDefault(program, byName);
    }

    /** {@code /usr/bin/python3.11} → {@code python}: the file name without version digits. */
    private static String name(String word) {
        String name = word.substring(word.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int end = name.length();
        while (end > 0 && (Character.isDigit(name.charAt(end - 1)) || name.charAt(end - 1) == '.')) {
            end--;
        }
        return name.substring(0, end);
    }
}
