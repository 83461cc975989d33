package dev.memlayer.model.api.files;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.memlayer.model.api.SymbolRef;
import dev.memlayer.model.api.explore.TestRef;
import dev.memlayer.model.snapshot.ProjectRef;
import dev.memlayer.model.snapshot.SnapshotInfo;
import java.util.List;

/**
 * {@code GET /v1/projects/{project}/files/{path}}: what the snapshot knows about one file.
 *
 * @param imports       imports as written in the file
 * @param importedFiles project files those imports resolved to
 * @param importers     files importing this one
 * @param callers       files calling functions or methods defined here
 * @param tests         test files testing this one
 * @param tested        for a test file: the files it tests
 * @param cochanged     files most often committed together with this one
 */
public record FileFactsResponse(
        ProjectRef project,
        SnapshotInfo snapshot,
        String path,
        String language,
        int lines,
        long size,
        @JsonProperty("is_test") boolean isTest,
        List<SymbolRef> symbols,
        List<ImportRef> imports,
        @JsonProperty("imported_files") List<String> importedFiles,
        List<FileLink> importers,
        List<FileLink> callers,
        List<TestRef> tests,
        List<String> tested,
        Churn churn,
        List<FileLink> cochanged) {

    public FileFactsResponse {
        symbols = List.copyOf(symbols);
        imports = List.copyOf(imports);
        importedFiles = List.copyOf(importedFiles);
        importers = List.copyOf(importers);
        callers = List.copyOf(callers);
        tests = List.copyOf(tests);
        tested = List.copyOf(tested);
        cochanged = List.copyOf(cochanged);
    }
}
