package dev.memlayer.indexer.extract.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.model.facts.DependencyFact;
import dev.memlayer.model.facts.FileFacts;
import org.junit.jupiter.api.Test;

class PackageJsonExtractorTest {

    private final PackageJsonExtractor extractor = new PackageJsonExtractor();

    @Test
    void extract_allDependencySections_withVersionsAndScopes() {
        FileFacts facts = extractor.extract(SourceFile.of("web/package.json", """
                {
                  "name": "web",
                  "dependencies": { "react": "^18.2.0", "@acme/ui": "workspace:*" },
                  "devDependencies": { "typescript": "~5.4.0" },
                  "peerDependencies": { "react-dom": ">=18" },
                  "optionalDependencies": { "fsevents": "2.3.3" }
                }
                """));
        assertThat(facts.dependencies()).containsExactly(
                new DependencyFact("npm", "react", "^18.2.0", "runtime"),
                new DependencyFact("npm", "@acme/ui", "workspace:*", "runtime"),
                new DependencyFact("npm", "typescript", "~5.4.0", "dev"),
                new DependencyFact("npm", "react-dom", ">=18", "peer"),
                new DependencyFact("npm", "fsevents", "2.3.3", "optional"));
        assertThat(facts.parseErrors()).isZero();
    }

    @Test
    void extract_malformedJson_countsAParseError() {
        FileFacts facts = extractor.extract(SourceFile.of("package.json", "{ \"dependencies\": { \"a\": "));
        assertThat(facts.dependencies()).isEmpty();
        assertThat(facts.parseErrors()).isEqualTo(1);
    }

    @Test
    void handles_onlyPackageJson() {
        assertThat(extractor.handles(SourceFile.of("a/package.json", "{}"))).isTrue();
        assertThat(extractor.handles(SourceFile.of("a/package-lock.json", "{}"))).isFalse();
    }
}
