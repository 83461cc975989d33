package dev.memlayer.service.explore;

import dev.memlayer.model.api.explore.CommitEntry;
import dev.memlayer.model.api.explore.DependencyEntry;
import dev.memlayer.model.api.explore.FileApi;
import dev.memlayer.model.api.explore.MapEntry;
import dev.memlayer.model.api.explore.ModuleExports;
import dev.memlayer.model.api.explore.TestMapEntry;
import dev.memlayer.model.api.explore.TypeFamily;
import java.util.List;

/**
 * Every layer of one snapshot, fully ranked, built once per view on the first explore request and
 * kept with the view: a request only slices these lists and renders. Nested lists (exports, signatures,
 * tests, files of a commit) hold at most {@link Detail#VERBOSE}'s per-item count.
 *
 * @param directories tree summary by depth: index 0 holds the top level, index 1 two levels
 */
record Overview(
        List<MapEntry> entryPoints,
        List<MapEntry> hubs,
        List<List<MapEntry>> directories,
        List<ModuleExports> modules,
        List<TypeFamily> typeFamilies,
        List<FileApi> api,
        List<DependencyEntry> dependencies,
        List<TestMapEntry> tests,
        List<CommitEntry> commits) {
}
