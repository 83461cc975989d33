package dev.memlayer.service.rank;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The request's {@code exclude} globs. {@code *} and {@code ?} stay within a segment, {@code **}
 * crosses segments; a glob without {@code /} matches the file name in any directory (as in
 * {@code .gitignore}), one with {@code /} matches the whole repository-relative path.
 */
final class GlobFilter {

    private final List<Pattern> patterns;

    GlobFilter(List<String> globs) {
        this.patterns = globs.stream().filter(g -> !g.isBlank()).map(GlobFilter::compile).toList();
    }

    boolean excludes(String path) {
        for (Pattern p : patterns) {
            if (p.matcher(path).matches()) {
                return true;
            }
        }
        return false;
    }

    static Pattern compile(String glob) {
        String g = glob.strip();
        while (g.startsWith("./") || g.startsWith("/")) {
            g = g.substring(g.startsWith("./") ? 2 : 1);
        }
        boolean anywhere = !g.contains("/");
        if (g.endsWith("/")) {
            g = g + "**";
        }
        StringBuilder re = new StringBuilder(anywhere ? "(?:.*/)?" : "");
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
                boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
                re.append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        // a directory glob also excludes everything below it
        re.append("(?:/.*)?");
        return Pattern.compile(re.toString());
    }
}
