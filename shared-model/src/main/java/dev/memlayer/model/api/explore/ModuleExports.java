package dev.memlayer.model.api.explore;

import java.util.List;

/**
 * The public exports of one module (a directory of source files).
 *
 * @param importers distinct files outside the module importing it
 * @param exports   exported top-level symbol names, most depended-on files first
 * @param hidden    exports not listed (cut by the detail level)
 */
public record ModuleExports(String module, int files, int importers, List<String> exports, int hidden) {

    public ModuleExports {
        exports = List.copyOf(exports);
    }
}
