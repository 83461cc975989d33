package dev.memlayer.bench.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Task texts for load tests, the kinds agents send: bug reports naming a method, stack traces,
 * feature requests naming a package, refactorings naming a path, "where is X used" questions. Made
 * from a synthetic plan's real names, or from the paths of any repository.
 */
public final class TaskCatalog {

    private static final int TASKS = 200;

    private TaskCatalog() {
    }

    public static List<String> forPlan(RepoPlan plan) {
        Random random = new Random(plan.seed() * 13 + 7);
        List<PlannedFile> sources = plan.files().stream().filter(f -> !f.isTest()).toList();
        List<String> tasks = new ArrayList<>(TASKS);
        for (int i = 0; i < TASKS; i++) {
            PlannedFile file = sources.get(random.nextInt(sources.size()));
            String method = file.methods().get(random.nextInt(file.methods().size()));
            String path = Renderers.of(file.lang()).path(file);
            int line = 10 + random.nextInt(Math.max(1, file.lines()));
            tasks.add(switch (i % 8) {
                case 0 -> "Fix the bug in " + file.typeName() + "." + method + " where the " + file.domain()
                        + " total wraps too early";
                case 1 -> "Add retry and timeout handling to the " + Words.spaced(file.typeName()) + " in the "
                        + file.domain() + " " + file.layer() + " package";
                case 2 -> "Why does " + Words.spaced(method) + " return a negative total for large "
                        + file.domain() + " amounts?";
                case 3 -> "Refactor " + path + " so the " + file.domain() + " limit is configurable";
                case 4 -> stackTrace(file, method, path, line);
                case 5 -> "Write tests for " + file.typeName() + " covering the limit and the counter";
                case 6 -> file.imports().isEmpty()
                        ? "Where is " + file.typeName() + " used?"
                        : "Where is " + plan.file(file.imports().get(0)).entryMethod() + " called from in "
                        + file.domain() + "?";
                default -> "Rename " + file.typeName() + " to " + Words.capitalize(file.domain())
                        + Words.NOUNS.get(random.nextInt(Words.NOUNS.size())) + " across the "
                        + file.lang().name().toLowerCase() + " code";
            });
        }
        return tasks;
    }

    private static String stackTrace(PlannedFile file, String method, String path, int line) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        return switch (file.lang()) {
            case JAVA, KOTLIN -> "java.lang.IllegalStateException: total out of range\n\tat "
                    + JavaRenderer.packageName(file, file.lang() == Lang.JAVA ? "com.acme.platform" : "com.acme.mobile")
                    + "." + file.typeName() + "." + method + "(" + fileName + ":" + line + ")";
            case PYTHON -> "Traceback (most recent call last):\n  File \"" + path + "\", line " + line + ", in "
                    + Words.snake(method) + "\nZeroDivisionError: integer division or modulo by zero";
            case GO -> "panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\n" + path + ":"
                    + line;
            default -> "TypeError: Cannot read properties of undefined (reading '" + method + "')\n    at "
                    + file.typeName() + "." + method + " (" + path + ":" + line + ":7)";
        };
    }

    /** Tasks for any repository, from its source paths (a real repository has no plan). */
    public static List<String> forPaths(List<String> paths, long seed) {
        if (paths.isEmpty()) {
            return List.of("Explain how this project is organised");
        }
        Random random = new Random(seed);
        List<String> tasks = new ArrayList<>(TASKS);
        for (int i = 0; i < TASKS; i++) {
            String path = paths.get(random.nextInt(paths.size()));
            String stem = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.[^.]+$", "");
            String words = Words.spaced(stem.replace('-', '_')).replace('_', ' ');
            tasks.add(switch (i % 4) {
                case 0 -> "Fix the bug in " + stem + " where the result is wrong for empty input";
                case 1 -> "How does the " + words + " work?";
                case 2 -> "Add tests for " + path;
                default -> "Refactor " + path + " to simplify its error handling";
            });
        }
        return tasks;
    }
}
