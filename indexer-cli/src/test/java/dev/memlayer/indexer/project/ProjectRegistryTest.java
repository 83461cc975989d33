package dev.memlayer.indexer.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.snapshot.WriterDatabase;
import dev.memlayer.model.snapshot.ProjectRef;
import dev.memlayer.model.text.ProjectIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectRegistryTest {

    @TempDir
    Path tmp;

    @Test
    void register_sameRootTwice_keepsIdAndName() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("proj")).toRealPath();
        try (Connection c = WriterDatabase.openAndMigrate(tmp.resolve("m.db"), Clock.systemUTC())) {
            ProjectRegistry registry = new ProjectRegistry(c, Clock.systemUTC());

            ProjectRef first = registry.register(root);
            ProjectRef second = registry.register(root);

            assertThat(second).isEqualTo(first);
            assertThat(first.id()).isEqualTo(ProjectIds.fromCanonicalRoot(root));
            assertThat(first.name()).isEqualTo("proj");
            assertThat(registry.all()).hasSize(1);
        }
    }

    @Test
    void register_threeRootsWithSameFolderName_getDistinctNames() throws Exception {
        try (Connection c = WriterDatabase.openAndMigrate(tmp.resolve("m.db"), Clock.systemUTC())) {
            ProjectRegistry registry = new ProjectRegistry(c, Clock.systemUTC());
            ProjectRef a = registry.register(Files.createDirectories(tmp.resolve("a/x")).toRealPath());
            ProjectRef b = registry.register(Files.createDirectories(tmp.resolve("b/x")).toRealPath());

            assertThat(a.name()).isEqualTo("x");
            assertThat(b.name()).isEqualTo("x-" + b.id().substring(0, 6));
        }
    }
}
