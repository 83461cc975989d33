package dev.memlayer.model.api.explore;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A type of the type graph and the types that extend or implement it: the project's abstractions,
 * most subtyped first.
 *
 * @param targetPath the file defining the type, or null when it is not in the project (a library type)
 * @param total      how many relations point at it
 * @param edges      the relations shown, by subject path
 * @param hidden     relations not shown (cut by the detail level)
 */
public record TypeFamily(String target, @JsonProperty("target_path") String targetPath, int total,
        List<TypeEdge> edges, int hidden) {

    public TypeFamily {
        edges = List.copyOf(edges);
    }
}
