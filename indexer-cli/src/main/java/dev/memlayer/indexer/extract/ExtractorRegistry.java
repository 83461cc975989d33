package dev.memlayer.indexer.extract;

import dev.memlayer.indexer.extract.golang.GoExtractor;
import dev.memlayer.indexer.extract.java.JavaExtractor;
import dev.memlayer.indexer.extract.kotlin.KotlinExtractor;
import dev.memlayer.indexer.extract.manifest.CargoTomlExtractor;
import dev.memlayer.indexer.extract.manifest.GoModExtractor;
import dev.memlayer.indexer.extract.manifest.GradleExtractor;
import dev.memlayer.indexer.extract.manifest.MavenPomExtractor;
import dev.memlayer.indexer.extract.manifest.PackageJsonExtractor;
import dev.memlayer.indexer.extract.manifest.PythonManifestExtractor;
import dev.memlayer.indexer.extract.python.PythonExtractor;
import dev.memlayer.indexer.extract.rust.RustExtractor;
import dev.memlayer.indexer.extract.typescript.TypeScriptExtractor;
import java.util.ArrayList;
import java.util.List;

/**
 * The one list of extractors. Adding a language touches its own folder and one line here.
 * A file may be read by several extractors (a {@code build.gradle.kts} is Kotlin and a manifest).
 */
public final class ExtractorRegistry {

    private final List<Extractor> extractors;

    public ExtractorRegistry(List<Extractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    /** Every extractor this build ships. */
    public static ExtractorRegistry standard() {
        return new ExtractorRegistry(List.of(
                new JavaExtractor(),
                new KotlinExtractor(),
                new GoExtractor(),
                new MavenPomExtractor(),
                new GradleExtractor(),
                new GoModExtractor(),
                new PythonExtractor(),
                new TypeScriptExtractor(),
                new RustExtractor(),
                new PackageJsonExtractor(),
                new PythonManifestExtractor(),
                new CargoTomlExtractor()
        ));
    }

    public List<Extractor> all() {
        return extractors;
    }

    /** The extractors that read this file, in registry order. */
    public List<Extractor> forFile(SourceFile file) {
        // a loop, not a stream: an incremental run asks this for every file of the tree
        List<Extractor> out = new ArrayList<>(2);
        for (Extractor e : extractors) {
            if (e.handles(file)) {
                out.add(e);
            }
        }
        return out;
    }
}
