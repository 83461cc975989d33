package dev.memlayer.bench.generate;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Gradle layout under {@code kotlin/}, package {@code com.acme.mobile.<domain>.<layer>}. */
final class KotlinRenderer implements SourceRenderer {

    private static final String BASE = "com.acme.mobile";

    @Override
    public Lang lang() {
        return Lang.KOTLIN;
    }

    @Override
    public String path(PlannedFile file) {
        return "kotlin/src/" + (file.isTest() ? "test" : "main") + "/kotlin/"
                + JavaRenderer.packageName(file, BASE).replace('.', '/') + "/" + file.typeName() + ".kt";
    }

    @Override
    public String render(PlannedFile file, IntFunction<PlannedFile> lookup, int revision) {
        StringBuilder out = new StringBuilder(file.lines() * 36);
        out.append("package ").append(JavaRenderer.packageName(file, BASE)).append("\n\n");
        if (file.isTest()) {
            PlannedFile subject = lookup.apply(file.testOf());
            out.append("import kotlin.test.Test\nimport kotlin.test.assertTrue\n\nclass ").append(file.typeName())
                    .append(" {\n");
            for (String method : file.methods()) {
                out.append("\n    @Test\n    fun ").append(method).append("KeepsTotalInRange() {\n")
                        .append("        assertTrue(").append(subject.typeName()).append("().")
                        .append(subject.entryMethod()).append("(7) >= 0)\n    }\n");
            }
            return out.append("}\n").toString();
        }
        List<PlannedFile> deps = file.imports().stream().map(lookup::apply).toList();
        for (PlannedFile dep : deps) {
            out.append("import ").append(JavaRenderer.packageName(dep, BASE)).append('.').append(dep.typeName())
                    .append('\n');
        }
        out.append("\n/**\n * ").append(Prose.typeDoc(file)).append("\n */\n");
        out.append("class ").append(file.typeName()).append(" {\n");
        for (PlannedFile dep : deps) {
            out.append("    private val ").append(Words.lowerFirst(dep.typeName())).append(" = ")
                    .append(dep.typeName()).append("()\n");
        }
        out.append("    private var counter = 0\n");
        for (int j = 0; j < file.methods().size(); j++) {
            String method = file.methods().get(j);
            out.append("\n    /** ").append(Prose.methodDoc(file, method)).append(" */\n");
            out.append("    fun ").append(method).append("(value: Int): Int {\n");
            out.append("        var total = value + counter\n");
            if (!deps.isEmpty()) {
                PlannedFile dep = deps.get(j % deps.size());
                out.append("        total += ").append(Words.lowerFirst(dep.typeName())).append('.')
                        .append(dep.entryMethod()).append("(total % LIMIT)\n");
            }
            out.append("        if (total > LIMIT) {\n            total %= LIMIT\n        }\n");
            out.append("        for (i in 0 until ").append(2 + j % 5).append(") {\n");
            out.append("            total += i * ").append(3 + j).append("\n        }\n");
            out.append("        counter = total\n        return total\n    }\n");
        }
        for (int r = 1; r <= revision; r++) {
            out.append("\n    fun ").append(Prose.patchMethod(file, r)).append("(value: Int): Int = value * ")
                    .append(r).append(" + LIMIT\n");
        }
        out.append("\n    companion object {\n        const val LIMIT = ").append(Prose.limit(file))
                .append("\n    }\n");
        return out.append("}\n").toString();
    }

    @Override
    public Map<String, String> supportFiles(List<PlannedFile> files) {
        return Map.of("kotlin/settings.gradle.kts", "rootProject.name = \"mobile\"\n",
                "kotlin/build.gradle.kts", """
                        plugins {
                            kotlin("jvm") version "2.0.20"
                        }

                        dependencies {
                            testImplementation(kotlin("test"))
                        }
                        """);
    }
}
