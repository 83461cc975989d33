package dev.memlayer.service.assemble;

import dev.memlayer.model.api.Omitted;
import java.util.List;

/**
 * The assembled context: included files in rank order, omitted ones in rank order, the rendered
 * text and its measured size. {@code used} is the token count of {@code context}, and never more
 * than the limit.
 */
public record Assembly(List<AssembledFile> files, List<Omitted> omitted, String context, int used, int limit) {

    public Assembly {
        files = List.copyOf(files);
        omitted = List.copyOf(omitted);
        if (used > limit) {
            throw new IllegalStateException("assembled " + used + " tokens over a budget of " + limit);
        }
    }
}
