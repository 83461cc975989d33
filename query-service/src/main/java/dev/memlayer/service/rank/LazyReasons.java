package dev.memlayer.service.rank;

import dev.memlayer.model.api.Reason;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A ranked file's reasons, their evidence text written on first read. Planning scores every candidate
 * (hundreds to thousands per request) and an answer shows the reasons of a few dozen; writing every
 * candidate's evidence was ~8 % of a request's CPU. Immutable; safe to read from several threads (at
 * worst two of them write the same text).
 */
final class LazyReasons extends AbstractList<Reason> {

    /** A contribution whose weight is known and whose evidence is not yet written. */
    record Pending(String signal, double weight, Supplier<String> evidence) {
    }

    private final List<Pending> pending;
    private volatile List<Reason> written;

    /** @param pending owned by this list from now on: the caller no longer changes it */
    LazyReasons(List<Pending> pending) {
        this.pending = pending;
    }

    @Override
    public Reason get(int index) {
        return written().get(index);
    }

    @Override
    public int size() {
        return pending.size();
    }

    private List<Reason> written() {
        List<Reason> w = written;
        if (w == null) {
            List<Reason> out = new ArrayList<>(pending.size());
            for (Pending p : pending) {
                out.add(new Reason(p.signal(), p.weight(), p.evidence().get()));
            }
            w = List.copyOf(out);
            written = w;
        }
        return w;
    }
}
