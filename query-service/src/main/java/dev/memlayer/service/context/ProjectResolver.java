package dev.memlayer.service.context;

import dev.memlayer.service.read.CatalogState;
import dev.memlayer.service.read.SnapshotView;
import java.util.ArrayList;
import java.util.List;

/** Finds a project in the current catalog by id, name or root path; maps an unusable catalog to 503. */
final class ProjectResolver {

    private ProjectResolver() {
    }

    static SnapshotView resolve(CatalogState state, String project) {
        requireAvailable(state);
        String wanted = trimSlash(project);
        for (SnapshotView v : state.views().values()) {
            if (v.project().id().equals(wanted)) {
                return v;
            }
        }
        for (SnapshotView v : state.views().values()) {
            if (v.project().name().equals(wanted) || trimSlash(v.project().root()).equals(wanted)) {
                return v;
            }
        }
        throw RequestRejected.notFound("unknown_project", "no project '" + clip(project)
                + "' with a ready snapshot; index it with: scripts/memlayer index <repo>");
    }

    static void requireAvailable(CatalogState state) {
        switch (state.status()) {
            case AVAILABLE -> { }
            case MISSING -> throw new RequestRejected(503, "database_missing", state.detail());
            case REFUSED -> throw new RequestRejected(503, "schema_refused", state.detail());
        }
    }

    /** Pinned paths as repository-relative paths: absolute ones under the root lose the root. */
    static List<String> relativize(String root, List<String> paths) {
        String prefix = trimSlash(root) + "/";
        List<String> out = new ArrayList<>(paths.size());
        for (String p : paths) {
            String s = p.startsWith(prefix) ? p.substring(prefix.length()) : p;
            while (s.startsWith("./") || s.startsWith("/")) {
                s = s.substring(s.startsWith("./") ? 2 : 1);
            }
            out.add(s);
        }
        return out;
    }

    private static String trimSlash(String s) {
        return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
