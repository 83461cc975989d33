package dev.memlayer.indexer.extract.manifest;

import dev.memlayer.indexer.extract.Extractor;
import dev.memlayer.indexer.extract.FactsBuilder;
import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.model.facts.FileFacts;

/**
 * {@code go.mod}: {@code require} lines, single and in {@code require (…)} blocks, as module path
 * and version; {@code // indirect} ones are {@code optional}, the rest {@code runtime}. The
 * {@code module}, {@code replace}, {@code exclude} and {@code tool} directives are not dependencies.
 */
public final class GoModExtractor implements Extractor {

    @Override
    public String id() {
        return "go-mod";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean handles(SourceFile file) {
        return file.fileName().equals("go.mod");
    }

    @Override
    public FileFacts extract(SourceFile file) {
        FactsBuilder facts = new FactsBuilder();
        boolean inRequire = false;
        for (String rawLine : file.text().split("\n")) {
            String line = rawLine.strip();
            if (inRequire) {
                if (line.startsWith(")")) {
                    inRequire = false;
                } else {
                    requirement(line, facts);
                }
            } else if (line.startsWith("require")) {
                String rest = line.substring("require".length()).strip();
                if (rest.startsWith("(")) {
                    inRequire = !rest.contains(")");
                } else if (!rest.isEmpty()) {
                    requirement(rest, facts);
                }
            }
        }
        return facts.build();
    }

    /** {@code github.com/x/y v1.2.3 // indirect}. */
    private static void requirement(String line, FactsBuilder facts) {
        int comment = line.indexOf("//");
        String spec = (comment >= 0 ? line.substring(0, comment) : line).strip();
        if (spec.isEmpty()) {
            return;
        }
        boolean indirect = comment >= 0 && line.substring(comment + 2).strip().startsWith("indirect");
        String[] parts = spec.split("\\s+");
        String name = unquote(parts[0]);
        String version = parts.length > 1 ? parts[1] : null;
        facts.dependency("go", name, version, indirect ? "optional" : "runtime");
    }

    private static String unquote(String s) {
        return s.length() > 1 && (s.startsWith("\"") || s.startsWith("`")) ? s.substring(1, s.length() - 1) : s;
    }
}
