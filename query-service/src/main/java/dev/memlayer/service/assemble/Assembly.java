package dev.memlayer.service.assemble;

import dev.memlayer.model.api.Omitted;
import java.util.List;

/**
 * The assembled context: included files in rank order with their ranks (places in the whole ranking,
 * numbered as {@link Omitted#rank}), omitted ones in rank order, the rendered text and its measured
 * size. {@code used} is the token count of {@code context}, and never more than the limit.
 */
public record Assembly(List<AssembledFile> files, List<Integer> ranks, List<Omitted> omitted, String context, int used,
        int limit) {

    public Assembly {
        files = List.copyOf(files);
        ranks = List.copyOf(ranks);
        if (ranks.size() != files.size()) {
            throw new IllegalArgumentException(ranks.size() + " ranks for " + files.size() + " files");
        }
        omitted = List.copyOf(omitted);
        if (used > limit) {
            throw new IllegalStateException("assembled " + used + " tokens over a budget of " + limit);
        }
    }
}
