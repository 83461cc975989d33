package dev.memlayer.indexer.churn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a churn set stores who changed each file (schema V7): the set's author identities one per line,
 * and per file the ascending indexes of its authors, comma-separated. A derived set appends a new
 * author to its parent's names, so the parent's indexes stay valid and its rows can be copied as
 * they are.
 */
final class AuthorIds {

    private static final String NAME_SEPARATOR = "\n";

    private AuthorIds() {
    }

    static String format(int[] ids) {
        return Arrays.stream(ids).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    static int[] parse(String ids) {
        return ids.isEmpty() ? new int[0] : Arrays.stream(ids.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    /**
     * The names as stored, or null when a name cannot be stored one per line (empty, or holding a line
     * break): such a set is never derived from.
     */
    static String joinNames(List<String> names) {
        return names.stream().anyMatch(n -> n.isEmpty() || n.contains(NAME_SEPARATOR)) ? null
                : String.join(NAME_SEPARATOR, names);
    }

    static List<String> splitNames(String stored) {
        return stored.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(stored.split(NAME_SEPARATOR, -1)));
    }
}
