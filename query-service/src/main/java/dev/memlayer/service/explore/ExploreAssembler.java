package dev.memlayer.service.explore;

import dev.memlayer.model.api.explore.ExploreLayer;
import dev.memlayer.service.assemble.TokenEstimator;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the token budget layer by layer, in the query type's order, item by item: an item is
 * taken when it, its section heading (for a layer's first item) and the layer's "more" line fit in
 * what is left. The joined text is then counted whole with the service's one {@link TokenEstimator}
 * and trailing items are dropped until {@code used <= limit} holds on the final text.
 */
final class ExploreAssembler {

    /** The layers as shown, the rendered overview and its exact token count. */
    record Result(List<ExploreLayer> layers, String context, int used) {
    }

    private final TokenEstimator tokens;

    ExploreAssembler(TokenEstimator tokens) {
        this.tokens = tokens;
    }

    Result assemble(String header, List<LayerItems> layers, int limit) {
        int used = tokens.count(header) + tokens.count(ExploreMarkdown.end());
        List<Integer> taken = new ArrayList<>();
        boolean over = used > limit;
        for (LayerItems layer : layers) {
            int n = 0;
            if (!over) {
                int heading = tokens.count(ExploreMarkdown.section(layer.layer()));
                int more = tokens.count(ExploreMarkdown.more(layer.total()));
                for (String text : layer.texts()) {
                    int cost = tokens.count(text) + (n == 0 ? heading : 0);
                    if (used + cost + more > limit) {
                        break;
                    }
                    used += cost;
                    n++;
                }
            }
            taken.add(n);
        }
        String context = render(header, layers, taken);
        int whole = tokens.count(context);
        while (whole > limit && dropLast(taken)) {
            context = render(header, layers, taken);
            whole = tokens.count(context);
        }
        if (whole > limit) {
            context = "";
            whole = 0;
        }
        return new Result(shown(layers, taken), context, whole);
    }

    /** Drops the last shown item of the last layer showing any; false when nothing is left. */
    private static boolean dropLast(List<Integer> taken) {
        for (int i = taken.size() - 1; i >= 0; i--) {
            if (taken.get(i) > 0) {
                taken.set(i, taken.get(i) - 1);
                return true;
            }
        }
        return false;
    }

    private static String render(String header, List<LayerItems> layers, List<Integer> taken) {
        StringBuilder out = new StringBuilder(header);
        for (int i = 0; i < layers.size(); i++) {
            LayerItems layer = layers.get(i);
            int n = taken.get(i);
            if (n == 0) {
                continue;
            }
            out.append(ExploreMarkdown.section(layer.layer()));
            layer.texts().subList(0, n).forEach(out::append);
            if (n < layer.total()) {
                out.append(ExploreMarkdown.more(layer.total() - n));
            }
        }
        return out.append(ExploreMarkdown.end()).toString();
    }

    private static List<ExploreLayer> shown(List<LayerItems> layers, List<Integer> taken) {
        List<ExploreLayer> out = new ArrayList<>(layers.size());
        for (int i = 0; i < layers.size(); i++) {
            LayerItems layer = layers.get(i);
            int n = taken.get(i);
            String truncated = n < layer.items().size() ? "budget" : layer.cutByDetail() ? "detail" : null;
            out.add(new ExploreLayer(layer.layer().wireName(), layer.layer().title(), layer.total(),
                    layer.items().subList(0, n), truncated));
        }
        return out;
    }
}
