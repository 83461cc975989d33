package dev.memlayer.indexer.walk;

import dev.memlayer.indexer.secrets.SecretRules;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that decides by name and size which files never enter the database: secrets (the
 * names {@link SecretRules} knows), vendored and generated trees, generated files, binaries and
 * oversize files. Decisions use the name only (no I/O), except {@link #looksBinary}, which
 * inspects bytes already read.
 */
public final class SkipRules {

    /** How many leading bytes are searched for a NUL byte (git uses the same heuristic). */
    public static final int BINARY_SNIFF_BYTES = 8 * 1024;

    private static final Set<String> VENDORED_DIRS = Set.of(
            "node_modules", "bower_components", "jspm_packages", "vendor", "target", "build", "dist", "out",
            ".gradle", ".idea", ".vs", "__pycache__", ".venv", "venv", ".tox", ".nox", ".mypy_cache",
            ".pytest_cache", ".ruff_cache", ".cache", ".next", ".nuxt", ".svelte-kit", ".terraform",
            ".eggs", ".git", ".hg", ".svn", "coverage", ".parcel-cache", ".turbo");

    private static final Set<String> GENERATED_NAMES = Set.of(
            "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb", "Cargo.lock",
            "go.sum", "poetry.lock", "Pipfile.lock", "composer.lock", "Gemfile.lock", "pdm.lock", "uv.lock",
            "mix.lock", "pubspec.lock", "flake.lock", "packages.lock.json", "gradle.lockfile");
    private static final Set<String> GENERATED_SUFFIXES = Set.of(".min.js", ".min.css", ".map", ".min.mjs");

    private static final Set<String> BINARY_EXTENSIONS = Set.of(
            "png", "jpg", "jpeg", "gif", "bmp", "ico", "icns", "webp", "tif", "tiff", "psd", "heic", "avif",
            "zip", "gz", "tgz", "bz2", "xz", "zst", "7z", "rar", "tar", "lz4", "jar", "war", "ear", "aar", "apk",
            "class", "dex", "so", "dylib", "dll", "exe", "o", "a", "lib", "obj", "bin", "pyc", "pyo", "wasm",
            "woff", "woff2", "ttf", "otf", "eot", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt",
            "sqlite", "sqlite3", "db", "mdb", "mp3", "mp4", "m4a", "wav", "ogg", "flac", "avi", "mov", "mkv",
            "webm", "iso", "dmg", "deb", "rpm", "parquet", "avro", "orc", "pb", "onnx", "pt", "safetensors",
            "npy", "npz", "pkl", "DS_Store");

    private final long maxFileBytes;

    public SkipRules(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** Whether the walk must not descend into a directory with this name. */
    public boolean skipsDirectory(String name) {
        return VENDORED_DIRS.contains(name) || (name.endsWith(".egg-info"));
    }

    /** Why a file is skipped from its name and size alone, if it is. */
    public Optional<SkipReason> skipFile(String name, long size) {
        String lower = name.toLowerCase(Locale.ROOT);
        String ext = extension(lower);
        if (SecretRules.isSecretFileName(name)) {
            return Optional.of(SkipReason.SECRET);
        }
        if (GENERATED_NAMES.contains(name) || hasGeneratedSuffix(lower)) {
            return Optional.of(SkipReason.GENERATED);
        }
        if (BINARY_EXTENSIONS.contains(ext) || lower.equals(".ds_store")) {
            return Optional.of(SkipReason.BINARY);
        }
        if (size > maxFileBytes) {
            return Optional.of(SkipReason.OVERSIZE);
        }
        return Optional.empty();
    }

    /** True when the first {@link #BINARY_SNIFF_BYTES} bytes contain a NUL byte. */
    public static boolean looksBinary(byte[] data, int length) {
        int n = Math.min(length, BINARY_SNIFF_BYTES);
        for (int i = 0; i < n; i++) {
            if (data[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** A loop, not a stream: this runs for every file of every walk. */
    private static boolean hasGeneratedSuffix(String lowerName) {
        for (String suffix : GENERATED_SUFFIXES) {
            if (lowerName.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static String extension(String lowerName) {
        int dot = lowerName.lastIndexOf('.');
        return dot <= 0 ? "" : lowerName.substring(dot + 1);
    }
}
