package dev.memlayer.indexer.extract;

import dev.memlayer.model.facts.Language;
import java.nio.charset.StandardCharsets;

/**
 * A file as extractors see it.
 *
 * @param path repository-relative, '/'-separated ({@code src/main/java/com/acme/Foo.java})
 * @param utf8 the content bytes (text files are read as UTF-8; invalid sequences are replaced by decoders)
 */
public record SourceFile(String path, Language language, byte[] utf8) {

    public String text() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** The file name without directories ({@code Foo.java}). */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public static SourceFile of(String path, String text) {
        return new SourceFile(path, Language.ofPath(path), text.getBytes(StandardCharsets.UTF_8));
    }
}
