package dev.memlayer.bench.generate;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Maven layout under {@code java/}, package {@code com.acme.platform.<domain>.<layer>}. */
final class JavaRenderer implements SourceRenderer {

    static String packageName(PlannedFile file, String base) {
        return base + "." + file.domain() + "." + file.layer();
    }

    @Override
    public Lang lang() {
        return Lang.JAVA;
    }

    @Override
    public String path(PlannedFile file) {
        return "java/src/" + (file.isTest() ? "test" : "main") + "/java/"
                + packageName(file, "com.acme.platform").replace('.', '/') + "/" + file.typeName() + ".java";
    }

    @Override
    public String render(PlannedFile file, IntFunction<PlannedFile> lookup, int revision) {
        StringBuilder out = new StringBuilder(file.lines() * 40);
        out.append("package ").append(packageName(file, "com.acme.platform")).append(";\n\n");
        if (file.isTest()) {
            return test(file, lookup.apply(file.testOf()), out);
        }
        List<PlannedFile> deps = file.imports().stream().map(lookup::apply).toList();
        for (PlannedFile dep : deps) {
            out.append("import ").append(packageName(dep, "com.acme.platform")).append('.')
                    .append(dep.typeName()).append(";\n");
        }
        out.append("\n/**\n * ").append(Prose.typeDoc(file)).append("\n */\n");
        out.append("public class ").append(file.typeName()).append(" {\n\n");
        out.append("    private static final int LIMIT = ").append(Prose.limit(file)).append(";\n");
        for (PlannedFile dep : deps) {
            out.append("    private final ").append(dep.typeName()).append(' ').append(Words.lowerFirst(dep.typeName()))
                    .append(" = new ").append(dep.typeName()).append("();\n");
        }
        out.append("    private int counter;\n");
        for (int j = 0; j < file.methods().size(); j++) {
            String method = file.methods().get(j);
            out.append("\n    /** ").append(Prose.methodDoc(file, method)).append(" */\n");
            out.append("    public int ").append(method).append("(int value) {\n");
            out.append("        int total = value + counter;\n");
            if (!deps.isEmpty()) {
                PlannedFile dep = deps.get(j % deps.size());
                out.append("        total += ").append(Words.lowerFirst(dep.typeName())).append('.')
                        .append(dep.entryMethod()).append("(total % LIMIT);\n");
            }
            out.append("        if (total > LIMIT) {\n            total = total % LIMIT;\n        }\n");
            out.append("        for (int i = 0; i < ").append(2 + j % 5).append("; i++) {\n");
            out.append("            total += i * ").append(3 + j).append(";\n        }\n");
            out.append("        counter = total;\n        return total;\n    }\n");
        }
        for (int r = 1; r <= revision; r++) {
            out.append("\n    public int ").append(Prose.patchMethod(file, r)).append("(int value) {\n")
                    .append("        return value * ").append(r).append(" + LIMIT;\n    }\n");
        }
        return out.append("}\n").toString();
    }

    private static String test(PlannedFile file, PlannedFile subject, StringBuilder out) {
        out.append("import static org.junit.jupiter.api.Assertions.assertTrue;\n\n")
                .append("import org.junit.jupiter.api.Test;\n\n");
        out.append("class ").append(file.typeName()).append(" {\n");
        for (String method : file.methods()) {
            out.append("\n    @Test\n    void ").append(method).append("_keepsTotalInRange() {\n");
            out.append("        ").append(subject.typeName()).append(" subject = new ").append(subject.typeName())
                    .append("();\n");
            out.append("        assertTrue(subject.").append(subject.entryMethod()).append("(7) >= 0);\n    }\n");
        }
        return out.append("}\n").toString();
    }

    @Override
    public Map<String, String> supportFiles(List<PlannedFile> files) {
        return Map.of("java/pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.acme</groupId>
                  <artifactId>platform</artifactId>
                  <version>1.0.0</version>
                  <dependencies>
                    <dependency>
                      <groupId>org.junit.jupiter</groupId>
                      <artifactId>junit-jupiter</artifactId>
                      <version>5.11.0</version>
                      <scope>test</scope>
                    </dependency>
                  </dependencies>
                </project>
                """);
    }
}
