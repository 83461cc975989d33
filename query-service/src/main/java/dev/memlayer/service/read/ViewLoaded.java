package dev.memlayer.service.read;

/**
 * A project's new latest view, fired by {@link SnapshotCatalog} on its refresh thread before any request can see
 * it: an observer may build now what the view's first request would otherwise build (Lucene's searcher warming).
 * An observer's failure is logged and the view is served all the same.
 *
 * @param previous the view it replaces, whose use ({@link SnapshotView#wasUsedBy}) tells what is worth building;
 *                 null for a project's first view in this process
 */
public record ViewLoaded(SnapshotView view, SnapshotView previous) {

    /** Whether a request of {@code feature} used the view this one replaces: what to build for it now. */
    public boolean wasUsedBy(Class<?> feature) {
        return previous != null && previous.wasUsedBy(feature);
    }
}
