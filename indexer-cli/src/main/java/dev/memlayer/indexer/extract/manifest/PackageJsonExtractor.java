package dev.memlayer.indexer.extract.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.memlayer.indexer.extract.Extractor;
import dev.memlayer.indexer.extract.FactsBuilder;
import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.model.facts.FileFacts;
import java.util.Iterator;
import java.util.Map;

/**
 * {@code package.json} dependencies (ecosystem {@code npm}): {@code dependencies} (runtime), {@code
 * devDependencies} (dev), {@code peerDependencies} (peer), {@code optionalDependencies} (optional),
 * versions as declared ({@code ^1.2.0}, {@code workspace:*}, a git URL). Malformed JSON counts one
 * parse error and gives no dependencies.
 */
public final class PackageJsonExtractor implements Extractor {

    private static final String[][] SECTIONS = {
        {"dependencies", "runtime"}, {"devDependencies", "dev"}, {"peerDependencies", "peer"},
        {"optionalDependencies", "optional"}};

    @Override
    public String id() {
        return "package-json";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean handles(SourceFile file) {
        return file.fileName().equals("package.json");
    }

    @Override
    public FileFacts extract(SourceFile file) {
        FactsBuilder facts = new FactsBuilder();
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(file.utf8());
        } catch (Exception malformed) {
            return facts.parseErrors(1).build();
        }
        if (root == null || !root.isObject()) {
            return facts.parseErrors(root == null ? 1 : 0).build();
        }
        for (String[] section : SECTIONS) {
            JsonNode deps = root.path(section[0]);
            for (Iterator<Map.Entry<String, JsonNode>> it = deps.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                facts.dependency("npm", e.getKey(), v.isTextual() ? v.asText() : null, section[1]);
            }
        }
        return facts.build();
    }

    /** Built on the first package.json read: a mapper loads much of Jackson, which most runs never need. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }
}
