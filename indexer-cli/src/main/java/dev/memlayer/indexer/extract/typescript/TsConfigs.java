package dev.memlayer.indexer.extract.typescript;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.memlayer.indexer.resolve.PathIndex;
import dev.memlayer.indexer.resolve.ResolveContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code tsconfig.json} / {@code jsconfig.json} that governs a file: the nearest one up the tree,
 * read as JSONC (comments, trailing commas, single quotes tolerated). Parsed configs are cached by
 * (path, text), so a changed config is re-read and nothing outlives its content. {@code extends} is
 * not followed: {@code baseUrl}/{@code paths} in a base config are missed (documented limit).
 */
final class TsConfigs {

    private static final String[] NAMES = {"tsconfig.json", "jsconfig.json"};
    private static final int MAX_CACHED = 512;
    /** Built on the first config read: a mapper loads much of Jackson, which most runs never need. */
    private static final class Jsonc {
        static final JsonMapper MAPPER = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                        JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
                .build();
    }

    private final Map<String, TsConfig> parsed = new ConcurrentHashMap<>();

    /** baseUrl and paths of one config; path targets are already repository-relative. */
    record TsConfig(String baseDir, List<String[]> paths) {

        /** Repository paths (without extension probing) a bare specifier may name, best first. */
        List<String> candidates(String spec) {
            List<String> out = new ArrayList<>();
            String[] best = null;
            String bestStar = null;
            int bestPrefix = -1;
            for (String[] entry : paths) {
                String pattern = entry[0];
                int star = pattern.indexOf('*');
                if (star < 0) {
                    if (pattern.equals(spec) && pattern.length() > bestPrefix) {
                        best = entry;
                        bestStar = null;
                        bestPrefix = pattern.length();
                    }
                } else {
                    String prefix = pattern.substring(0, star);
                    String suffix = pattern.substring(star + 1);
                    if (spec.startsWith(prefix) && spec.endsWith(suffix) && spec.length() >= prefix.length() + suffix.length()
                            && prefix.length() > bestPrefix) {
                        best = entry;
                        bestStar = spec.substring(prefix.length(), spec.length() - suffix.length());
                        bestPrefix = prefix.length();
                    }
                }
            }
            if (best != null) {
                for (int i = 1; i < best.length; i++) {
                    String target = bestStar == null ? best[i] : best[i].replace("*", bestStar);
                    String joined = PathIndex.join("", target);
                    if (joined != null) {
                        out.add(joined);
                    }
                }
            }
            if (baseDir != null) {
                String joined = PathIndex.join(baseDir, spec);
                if (joined != null) {
                    out.add(joined);
                }
            }
            return out;
        }
    }

    static boolean isConfig(String fileName) {
        for (String name : NAMES) {
            if (name.equals(fileName)) {
                return true;
            }
        }
        return false;
    }

    Optional<TsConfig> nearest(String fromPath, ResolveContext context) {
        PathIndex paths = context.paths();
        String dir = PathIndex.directory(fromPath);
        while (true) {
            for (String name : NAMES) {
                String candidate = dir.isEmpty() ? name : dir + "/" + name;
                if (paths.exists(candidate)) {
                    String directory = dir;
                    return context.text(candidate).map(text -> read(candidate, directory, text));
                }
            }
            if (dir.isEmpty()) {
                return Optional.empty();
            }
            dir = PathIndex.directory(dir);
        }
    }

    private TsConfig read(String path, String dir, String text) {
        String key = path + '\0' + text;
        TsConfig cached = parsed.get(key);
        if (cached != null) {
            return cached;
        }
        TsConfig config = parse(dir, text);
        if (parsed.size() >= MAX_CACHED) {
            parsed.clear();
        }
        parsed.put(key, config);
        return config;
    }

    static TsConfig parse(String dir, String text) {
        JsonNode options;
        try {
            options = Jsonc.MAPPER.readTree(text).path("compilerOptions");
        } catch (Exception malformed) {
            return new TsConfig(null, List.of());
        }
        JsonNode baseUrlNode = options.path("baseUrl");
        String baseDir = baseUrlNode.isTextual() ? PathIndex.join(dir, baseUrlNode.asText()) : null;
        List<String[]> paths = new ArrayList<>();
        JsonNode pathsNode = options.path("paths");
        // without baseUrl, paths are relative to the config's own directory (TypeScript ≥ 4.1)
        String pathsBase = baseDir != null ? baseDir : dir;
        for (Iterator<Map.Entry<String, JsonNode>> it = pathsNode.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> entry = new ArrayList<>();
            entry.add(e.getKey());
            for (JsonNode target : e.getValue()) {
                if (target.isTextual()) {
                    String t = target.asText();
                    entry.add(pathsBase.isEmpty() ? t : pathsBase + "/" + t);
                }
            }
            paths.add(entry.toArray(String[]::new));
        }
        return new TsConfig(baseDir, List.copyOf(paths));
    }
}
