package dev.memlayer.bench.generate;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** A front end under {@code web/src/<domain>/<layer>/<kebab-name>.ts}; tests beside their subject. */
final class TypeScriptRenderer implements SourceRenderer {

    @Override
    public Lang lang() {
        return Lang.TYPESCRIPT;
    }

    @Override
    public String path(PlannedFile file) {
        return dir(file) + "/" + module(file) + ".ts";
    }

    private static String dir(PlannedFile file) {
        return "web/src/" + file.domain() + "/" + file.layer();
    }

    /** {@code invoice-service} for the type, {@code invoice-service.test} for its test. */
    private static String module(PlannedFile file) {
        return file.isTest()
                ? Words.kebab(file.typeName().substring(0, file.typeName().length() - "Test".length())) + ".test"
                : Words.kebab(file.typeName());
    }

    private static String importPath(PlannedFile from, PlannedFile to) {
        if (from.domain().equals(to.domain()) && from.layer().equals(to.layer())) {
            return "./" + module(to);
        }
        if (from.domain().equals(to.domain())) {
            return "../" + to.layer() + "/" + module(to);
        }
        return "../../" + to.domain() + "/" + to.layer() + "/" + module(to);
    }

    @Override
    public String render(PlannedFile file, IntFunction<PlannedFile> lookup, int revision) {
        StringBuilder out = new StringBuilder(file.lines() * 36);
        if (file.isTest()) {
            PlannedFile subject = lookup.apply(file.testOf());
            out.append("import { describe, expect, it } from 'vitest';\n");
            out.append("import { ").append(subject.typeName()).append(" } from '").append(importPath(file, subject))
                    .append("';\n\ndescribe('").append(subject.typeName()).append("', () => {\n");
            for (String method : file.methods()) {
                out.append("  it('").append(Words.spaced(method)).append(" keeps the total in range', () => {\n")
                        .append("    expect(new ").append(subject.typeName()).append("().")
                        .append(subject.entryMethod()).append("(7)).toBeGreaterThanOrEqual(0);\n  });\n");
            }
            return out.append("});\n").toString();
        }
        List<PlannedFile> deps = file.imports().stream().map(lookup::apply).toList();
        for (PlannedFile dep : deps) {
            out.append("import { ").append(dep.typeName()).append(" } from '").append(importPath(file, dep))
                    .append("';\n");
        }
        out.append("\nconst LIMIT = ").append(Prose.limit(file)).append(";\n\n");
        out.append("/** ").append(Prose.typeDoc(file)).append(" */\n");
        out.append("export class ").append(file.typeName()).append(" {\n");
        for (PlannedFile dep : deps) {
            out.append("  private readonly ").append(Words.lowerFirst(dep.typeName())).append(" = new ")
                    .append(dep.typeName()).append("();\n");
        }
        out.append("  private counter = 0;\n");
        for (int j = 0; j < file.methods().size(); j++) {
            String method = file.methods().get(j);
            out.append("\n  /** ").append(Prose.methodDoc(file, method)).append(" */\n");
            out.append("  ").append(method).append("(value: number): number {\n");
            out.append("    let total = value + this.counter;\n");
            if (!deps.isEmpty()) {
                PlannedFile dep = deps.get(j % deps.size());
                out.append("    total += this.").append(Words.lowerFirst(dep.typeName())).append('.')
                        .append(dep.entryMethod()).append("(total % LIMIT);\n");
            }
            out.append("    if (total > LIMIT) {\n      total = total % LIMIT;\n    }\n");
            out.append("    for (let i = 0; i < ").append(2 + j % 5).append("; i++) {\n");
            out.append("      total += i * ").append(3 + j).append(";\n    }\n");
            out.append("    this.counter = total;\n    return total;\n  }\n");
        }
        for (int r = 1; r <= revision; r++) {
            out.append("\n  ").append(Prose.patchMethod(file, r)).append("(value: number): number {\n")
                    .append("    return value * ").append(r).append(" + LIMIT;\n  }\n");
        }
        return out.append("}\n").toString();
    }

    @Override
    public Map<String, String> supportFiles(List<PlannedFile> files) {
        return Map.of("web/package.json", """
                        {
                          "name": "@acme/web",
                          "version": "1.0.0",
                          "private": true,
                          "scripts": { "test": "vitest run", "build": "tsc -p ." },
                          "devDependencies": { "typescript": "^5.5.0", "vitest": "^2.0.0" }
                        }
                        """,
                "web/tsconfig.json", """
                        {
                          "compilerOptions": { "target": "ES2022", "module": "ESNext", "strict": true, "outDir": "dist" },
                          "include": ["src"]
                        }
                        """);
    }
}
