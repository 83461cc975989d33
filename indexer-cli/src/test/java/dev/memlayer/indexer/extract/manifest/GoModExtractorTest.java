package dev.memlayer.indexer.extract.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.model.facts.DependencyFact;
import dev.memlayer.model.facts.FileFacts;
import org.junit.jupiter.api.Test;

class GoModExtractorTest {

    @Test
    void extract_requireLinesAndBlocks_indirectIsOptional() {
        FileFacts facts = new GoModExtractor().extract(SourceFile.of("go.mod", """
                module github.com/acme/app

                go 1.22

                require github.com/spf13/cobra v1.8.0

                require (
                	github.com/stretchr/testify v1.9.0
                	golang.org/x/sys v0.20.0 // indirect
                	// a comment line
                )

                replace github.com/spf13/cobra => ../cobra
                exclude golang.org/x/net v0.1.0
                """));

        assertThat(facts.dependencies()).containsExactly(
                new DependencyFact("go", "github.com/spf13/cobra", "v1.8.0", "runtime"),
                new DependencyFact("go", "github.com/stretchr/testify", "v1.9.0", "runtime"),
                new DependencyFact("go", "golang.org/x/sys", "v0.20.0", "optional"));
    }
}
