package dev.memlayer.model.facts;

import java.util.Locale;
import java.util.Map;

/** Language of a file, decided from its name alone (content sniffing belongs to extractors). */
public enum Language {
    JAVA, KOTLIN, SCALA, GROOVY, PYTHON, TYPESCRIPT, TSX, JAVASCRIPT, GO, RUST, C, CPP, CSHARP, RUBY, PHP,
    SWIFT, SHELL, SQL, HTML, CSS, MARKDOWN, JSON, YAML, TOML, XML, PROPERTIES, GRADLE, DOCKERFILE, MAKEFILE,
    TEXT, OTHER;

    private static final Map<String, Language> BY_EXTENSION = Map.ofEntries(
            Map.entry("java", JAVA), Map.entry("kt", KOTLIN), Map.entry("kts", KOTLIN),
            Map.entry("scala", SCALA), Map.entry("groovy", GROOVY), Map.entry("gradle", GRADLE),
            Map.entry("py", PYTHON), Map.entry("pyi", PYTHON),
            Map.entry("ts", TYPESCRIPT), Map.entry("mts", TYPESCRIPT), Map.entry("cts", TYPESCRIPT),
            Map.entry("tsx", TSX),
            Map.entry("js", JAVASCRIPT), Map.entry("mjs", JAVASCRIPT), Map.entry("cjs", JAVASCRIPT),
            Map.entry("jsx", JAVASCRIPT),
            Map.entry("go", GO), Map.entry("rs", RUST),
            Map.entry("c", C), Map.entry("h", C),
            Map.entry("cc", CPP), Map.entry("cpp", CPP), Map.entry("cxx", CPP), Map.entry("hpp", CPP),
            Map.entry("hh", CPP), Map.entry("cs", CSHARP), Map.entry("rb", RUBY), Map.entry("php", PHP),
            Map.entry("swift", SWIFT), Map.entry("sh", SHELL), Map.entry("bash", SHELL), Map.entry("zsh", SHELL),
            Map.entry("sql", SQL), Map.entry("html", HTML), Map.entry("htm", HTML),
            Map.entry("css", CSS), Map.entry("scss", CSS), Map.entry("less", CSS),
            Map.entry("md", MARKDOWN), Map.entry("markdown", MARKDOWN), Map.entry("rst", TEXT),
            Map.entry("txt", TEXT), Map.entry("adoc", TEXT),
            Map.entry("json", JSON), Map.entry("yml", YAML), Map.entry("yaml", YAML), Map.entry("toml", TOML),
            Map.entry("xml", XML), Map.entry("properties", PROPERTIES));

    private static final Map<String, Language> BY_NAME = Map.of(
            "dockerfile", DOCKERFILE, "makefile", MAKEFILE, "gnumakefile", MAKEFILE,
            "pom.xml", XML, "build.gradle", GRADLE, "settings.gradle", GRADLE);

    /** Lower-case wire/database name ({@code java}, {@code typescript}, …). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    /** Language of a repository-relative path such as {@code src/Main.java}. */
    public static Language ofPath(String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        Language byName = BY_NAME.get(fileName);
        if (byName != null) {
            return byName;
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return fileName.startsWith("dockerfile") ? DOCKERFILE : OTHER;
        }
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1), OTHER);
    }
}
