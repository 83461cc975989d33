package dev.memlayer.service.explore;

import dev.memlayer.model.api.explore.CommitEntry;
import dev.memlayer.model.api.explore.FileApi;
import dev.memlayer.model.api.explore.MapEntry;
import dev.memlayer.model.api.explore.ModuleExports;
import dev.memlayer.model.api.explore.TestMapEntry;
import dev.memlayer.model.api.explore.TypeFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Cuts each layer of an {@link Overview} to a {@link Detail} level and pairs every item with its text. */
final class LayerSlices {

    private LayerSlices() {
    }

    static LayerItems of(Overview o, Layer layer, Detail d) {
        return switch (layer) {
            case PROJECT_MAP -> projectMap(o, d);
            case MODULE_INDEX -> slice(layer, o.modules(), d.items(), m -> trim(m, d.perItem()),
                    ExploreMarkdown::module);
            case TYPE_GRAPH -> slice(layer, o.typeFamilies(), d.items(), t -> trim(t, d.perItem()),
                    ExploreMarkdown::typeFamily);
            case API_SURFACE -> slice(layer, o.api(), d.items(), a -> trim(a, d.perItem()), ExploreMarkdown::api);
            case DEPENDENCIES -> slice(layer, o.dependencies(), d.items() * 3, Function.identity(),
                    ExploreMarkdown::dependency);
            case TEST_MAP -> slice(layer, o.tests(), d.items(), t -> trim(t, d.perItem()), ExploreMarkdown::testMap);
            case RECENT_CHANGES -> slice(layer, o.commits(), d.items(), c -> trim(c, d.perItem()),
                    ExploreMarkdown::commit);
        };
    }

    private static LayerItems projectMap(Overview o, Detail d) {
        List<MapEntry> directories = o.directories().get(d.treeDepth() - 1);
        List<MapEntry> items = new ArrayList<>();
        items.addAll(head(o.entryPoints(), Math.max(3, d.items() / 2)));
        items.addAll(head(o.hubs(), d.items()));
        items.addAll(head(directories, d.items()));
        int total = o.entryPoints().size() + o.hubs().size() + directories.size();
        return new LayerItems(Layer.PROJECT_MAP, total, items, items.stream().map(ExploreMarkdown::mapEntry).toList(),
                items.size() < total);
    }

    private static <T> LayerItems slice(Layer layer, List<T> all, int cap, Function<T, T> trim,
            Function<T, String> text) {
        List<T> items = head(all, cap).stream().map(trim).toList();
        return new LayerItems(layer, all.size(), items, items.stream().map(text).toList(), items.size() < all.size());
    }

    private static <T> List<T> head(List<T> list, int n) {
        return list.size() <= n ? list : list.subList(0, n);
    }

    private static ModuleExports trim(ModuleExports m, int n) {
        return m.exports().size() <= n ? m : new ModuleExports(m.module(), m.files(), m.importers(),
                m.exports().subList(0, n), m.hidden() + m.exports().size() - n);
    }

    private static FileApi trim(FileApi a, int n) {
        return a.symbols().size() <= n ? a : new FileApi(a.path(), a.language(), a.importers(),
                a.symbols().subList(0, n), a.hidden() + a.symbols().size() - n);
    }

    private static TypeFamily trim(TypeFamily t, int n) {
        return t.edges().size() <= n ? t : new TypeFamily(t.target(), t.targetPath(), t.total(), t.edges().subList(0, n),
                t.hidden() + t.edges().size() - n);
    }

    private static TestMapEntry trim(TestMapEntry t, int n) {
        return t.tests().size() <= n ? t : new TestMapEntry(t.source(), t.tests().subList(0, n));
    }

    private static CommitEntry trim(CommitEntry c, int n) {
        return c.files().size() <= n ? c : new CommitEntry(c.sha(), c.subject(), c.author(), c.committedAt(), c.fileCount(),
                c.files().subList(0, n));
    }
}
