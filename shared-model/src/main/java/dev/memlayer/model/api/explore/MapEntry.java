package dev.memlayer.model.api.explore;

import java.util.List;

/**
 * An item of the project map.
 *
 * @param role      {@code entry_point}, {@code hub} (most depended on) or {@code directory} (tree summary)
 * @param path      a file, or a directory ({@code .} for files at the root)
 * @param files     files in the directory (1 for a file)
 * @param lines     lines in the directory or file
 * @param languages the directory's languages by file count, most first (the file's language for a file)
 * @param importers distinct files importing the file (0 for a directory)
 * @param why       for an entry point: what makes it one
 */
public record MapEntry(String role, String path, int files, long lines, List<String> languages, int importers,
        String why) {

    public MapEntry {
        languages = List.copyOf(languages);
    }
}
