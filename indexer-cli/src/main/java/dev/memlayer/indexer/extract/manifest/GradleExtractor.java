package dev.memlayer.indexer.extract.manifest;

import dev.memlayer.indexer.extract.Extractor;
import dev.memlayer.indexer.extract.FactsBuilder;
import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.indexer.extract.scan.ScanSyntax;
import dev.memlayer.indexer.extract.scan.ScannedSource;
import dev.memlayer.indexer.extract.scan.SourceScanner;
import dev.memlayer.model.facts.FileFacts;
import java.util.Set;

/**
 * Gradle build scripts ({@code build.gradle}, {@code build.gradle.kts}). Gradle files are programs,
 * so this reads only literal declarations, over the tokens of {@link SourceScanner} (comments and
 * strings handled, no regex):
 * <ul>
 * <li>{@code implementation("g:a:v")}, {@code testImplementation 'g:a:v'}, {@code api}, {@code compileOnly},
 *     {@code runtimeOnly}, {@code annotationProcessor}, {@code kapt}/{@code ksp}, {@code classpath} and any
 *     {@code xxxImplementation}/{@code xxxApi}/… configuration, with {@code platform(…)},
 *     {@code enforcedPlatform(…)} and {@code kotlin("x")} (→ {@code org.jetbrains.kotlin:kotlin-x});</li>
 * <li>Groovy map notation {@code group: 'g', name: 'a', version: 'v'} and Kotlin named arguments;</li>
 * <li>{@code plugins { id("x.y") version "v" }} (dotted ids only: core plugins are not dependencies).</li>
 * </ul>
 * Limits: version catalogs ({@code libs.x.y}), variables holding coordinates, {@code project(…)} and
 * loops are not evaluated; a version written as {@code $ver} is kept verbatim.
 */
public final class GradleExtractor implements Extractor {

    private static final Set<String> CONFIGURATIONS = Set.of("implementation", "api", "compile", "runtime",
            "runtimeOnly", "compileOnly", "compileOnlyApi", "annotationProcessor", "kapt", "ksp", "classpath",
            "developmentOnly", "testImplementation", "testRuntimeOnly", "testCompileOnly", "testCompile");
    private static final String[] CONFIGURATION_SUFFIXES = {"Implementation", "Api", "CompileOnly", "RuntimeOnly",
        "AnnotationProcessor"};

    @Override
    public String id() {
        return "gradle";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean handles(SourceFile file) {
        String name = file.fileName();
        return name.equals("build.gradle") || name.equals("build.gradle.kts");
    }

    @Override
    public FileFacts extract(SourceFile file) {
        FactsBuilder facts = new FactsBuilder();
        ScannedSource s = SourceScanner.scan(file.utf8(), ScanSyntax.KOTLIN);
        int depth = 0;
        int pluginsDepth = -1;
        for (int i = 0; i < s.tokenCount(); i++) {
            char p = s.punct(i);
            if (p == '{') {
                depth++;
                if (s.is(i - 1, "plugins")) {
                    pluginsDepth = depth;
                }
            } else if (p == '}') {
                if (depth == pluginsDepth) {
                    pluginsDepth = -1;
                }
                depth--;
            } else if (pluginsDepth >= 0 && depth == pluginsDepth && s.isIdent(i)) {
                plugin(s, i, facts);
            } else if (s.isIdent(i) && isConfiguration(s.text(i)) && s.punct(i - 1) != '.') {
                declaration(s, i, scope(s.text(i)), facts);
            }
        }
        return facts.build();
    }

    /** {@code id("x") version "v"}, {@code id 'x' version 'v'}, {@code kotlin("jvm") version "v"}. */
    private static void plugin(ScannedSource s, int i, FactsBuilder facts) {
        boolean kotlin = s.is(i, "kotlin");
        if (!s.is(i, "id") && !kotlin || s.punct(i - 1) == '.') {
            return;
        }
        int j = s.punct(i + 1) == '(' ? i + 2 : i + 1;
        String id = literal(s, j);
        if (id == null) {
            return;
        }
        id = kotlin ? "org.jetbrains.kotlin." + id : id;
        if (id.indexOf('.') < 0) {
            return;
        }
        int k = s.punct(j + 1) == ')' ? j + 2 : j + 1;
        String version = s.is(k, "version") ? literal(s, k + 1) : null;
        facts.dependency("gradle", id, version, "build");
    }

    private static void declaration(ScannedSource s, int i, String scope, FactsBuilder facts) {
        int j = i + 1;
        if (s.punct(j) == '(') {
            j++;
        }
        if (s.is(j, "platform") || s.is(j, "enforcedPlatform")) {
            j = s.punct(j + 1) == '(' ? j + 2 : j + 1;
        }
        if (s.is(j, "kotlin") && s.punct(j + 1) == '(') {
            String module = literal(s, j + 2);
            if (module != null) {
                String version = s.punct(j + 3) == ',' ? literal(s, j + 4) : null;
                facts.dependency("gradle", "org.jetbrains.kotlin:kotlin-" + module, version, scope);
            }
            return;
        }
        String coordinate = literal(s, j);
        if (coordinate != null) {
            coordinate(coordinate, scope, facts);
        } else if (s.is(j, "group")) {
            mapNotation(s, j, scope, facts);
        }
    }

    /** {@code g:a}, {@code g:a:v}, {@code g:a:v:classifier}, {@code g:a:v@aar}. */
    private static void coordinate(String coordinate, String scope, FactsBuilder facts) {
        String[] parts = coordinate.split(":");
        if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
            return; // files("x"), a path: not a module
        }
        String version = parts.length > 2 ? parts[2] : null;
        if (version != null && version.indexOf('@') >= 0) {
            version = version.substring(0, version.indexOf('@'));
        }
        facts.dependency("gradle", parts[0] + ":" + parts[1], version, scope);
    }

    /** {@code group: 'g', name: 'a', version: 'v'} (Groovy) or {@code group = "g", …} (Kotlin). */
    private static void mapNotation(ScannedSource s, int j, String scope, FactsBuilder facts) {
        String group = null;
        String name = null;
        String version = null;
        for (int k = j; k + 2 < s.tokenCount() && k < j + 16; k++) {
            if (s.isIdent(k) && (s.punct(k + 1) == ':' || s.punct(k + 1) == '=')) {
                String value = literal(s, k + 2);
                switch (s.text(k)) {
                    case "group" -> group = value;
                    case "name" -> name = value;
                    case "version" -> version = value;
                    default -> { }
                }
            }
        }
        if (group != null && name != null) {
            facts.dependency("gradle", group + ":" + name, version, scope);
        }
    }

    /** The content of a string literal token ({@code "x"} or Groovy {@code 'x'}), or null. */
    private static String literal(ScannedSource s, int token) {
        if (token >= s.tokenCount()) {
            return null;
        }
        byte kind = s.kind(token);
        if (kind != ScannedSource.STRING && kind != ScannedSource.CHAR) {
            return null;
        }
        String text = s.text(token);
        int quote = text.startsWith("\"\"\"") ? 3 : 1;
        return text.length() >= 2 * quote ? text.substring(quote, text.length() - quote) : null;
    }

    static boolean isConfiguration(String name) {
        if (CONFIGURATIONS.contains(name)) {
            return true;
        }
        for (String suffix : CONFIGURATION_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return true;
            }
        }
        return false;
    }

    static String scope(String configuration) {
        if (configuration.startsWith("test") || configuration.contains("Test")) {
            return "test";
        }
        if (configuration.equals("developmentOnly") || configuration.startsWith("debug")) {
            return "dev";
        }
        if (configuration.equals("compileOnly") || configuration.endsWith("CompileOnly")
                || configuration.equals("compileOnlyApi") || configuration.equals("annotationProcessor")
                || configuration.endsWith("AnnotationProcessor") || configuration.equals("kapt")
                || configuration.equals("ksp") || configuration.equals("classpath")) {
            return "build";
        }
        return "runtime";
    }
}
