package dev.memlayer.service.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Before Quarkus starts: a fresh temp folder with a JGit repository, indexed into a temp database
 * by the real indexer jar; {@code memlayer.db} points the service at it. With the arg
 * {@code indexed=false} the database is left uncreated (the service must start without one); with
 * {@code repo=shop} the repository is the Python shop of {@link TestRepo#createShop} instead of billing.
 */
public class IndexedRepoResource implements QuarkusTestResourceLifecycleManager {

    private Path dir;
    private IndexedRepo fixture;
    private boolean indexFirst = true;
    private boolean shop;
    private boolean atlas;

    @Override
    public void init(Map<String, String> initArgs) {
        indexFirst = !"false".equals(initArgs.get("indexed"));
        shop = "shop".equals(initArgs.get("repo"));
        atlas = "atlas".equals(initArgs.get("repo"));
    }

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("memlayer-qs-");
            if (atlas) {
                return startAtlas();
            }
            TestRepo repo = shop ? TestRepo.createShop(dir.resolve("shop")) : TestRepo.createBilling(dir.resolve("billing"));
            fixture = new IndexedRepo(repo, dir.resolve("data").resolve("memlayer.db"));
            Files.createDirectories(fixture.db().getParent());
            if (indexFirst) {
                fixture.index();
            }
            return Map.of("memlayer.db", fixture.db().toString());
        } catch (Exception e) {
            throw new IllegalStateException("could not prepare the indexed test repository: " + e.getMessage(), e);
        }
    }

    /** The atlas repository, indexed at both of its commits (snapshot versions 1 and 2). */
    private Map<String, String> startAtlas() throws Exception {
        Path db = dir.resolve("data").resolve("memlayer.db");
        Files.createDirectories(db.getParent());
        fixture = new IndexedRepo(AtlasRepo.createIndexed(dir.resolve("atlas"), db, new IndexerProcess()), db);
        return Map.of("memlayer.db", db.toString());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(fixture,
                new TestInjector.AnnotatedAndMatchesType(InjectIndexedRepo.class, IndexedRepo.class));
    }

    @Override
    public void stop() {
        if (fixture != null) {
            fixture.repo().close();
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp folder left behind is harmless
            }
        }
    }
}
