package dev.memlayer.service.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stack-trace frames in task text, one rule per runtime: Java ({@code at a.b.C.m(C.java:42)}),
 * Python ({@code File "x/y.py", line 3, in f}), Go ({@code pkg.Func(...)} then
 * {@code /path/x.go:12 +0x1d}), JavaScript ({@code at fn (src/a.js:10:5)}) and Rust
 * ({@code at src/main.rs:10:5}, {@code panicked at src/x.rs:3:9}). Each frame becomes a
 * {@link Mention.Kind#FRAME} with file, line and (when the trace names it) the function.
 */
final class StackFrames {

    /**
     * A frame found at {@code start..end} of the text; its file location (path, line, column) is at
     * {@code locationStart..locationEnd}. A Go frame whose function line names its package by an import
     * path with directories ({@code github.com/gohugoio/hugo/hugolib}) has that path at {@code
     * importStart..importEnd}; other frames have -1 there.
     */
    record Found(int start, int end, int locationStart, int locationEnd, int importStart, int importEnd,
            Mention mention) {

        Found(int start, int end, int locationStart, int locationEnd, Mention mention) {
            this(start, end, locationStart, locationEnd, -1, -1, mention);
        }

        /** Where the import path's module directories end ({@code github.com/gohugoio/hugo/}), or -1. */
        int moduleEnd(String text) {
            return importStart < 0 ? -1 : text.lastIndexOf('/', importEnd - 1) + 1;
        }
    }

    private static final Pattern JAVA = Pattern.compile(
            "\\bat\\s+(?:[\\w.$@-]+/{1,2})?((?:[\\w$]+\\.)+)([\\w$<>]+)\\(([\\w$-]+\\.(?:java|kt|kts|scala|groovy|clj)):(\\d+)\\)");
    private static final Pattern PYTHON = Pattern.compile(
            "File \"([^\"\\n]+\\.py[iw]?)\", line (\\d+)(?:, in ([\\w<>.]+))?");
    private static final Pattern GO_LOCATION = Pattern.compile(
            "(?m)^[ \\t]*((?:[A-Za-z]:)?[\\w./@~+-]*\\.go):(\\d+)(?: \\+0x[0-9a-f]+)?[ \\t]*$");
    /**
     * A Go trace's function line: the import path (group 1), a pointer receiver ({@code (*Context)}, group 2) or a
     * value receiver ({@code jsonBinding}, group 3), and the function (group 4).
     */
    private static final Pattern GO_FUNCTION = Pattern.compile(
            "(?m)^[ \\t]*((?:[\\w.@~-]+/)*[\\w.@~-]+?)\\.(?:\\(\\*?(\\w+)\\)\\.|([A-Za-z_]\\w*)\\.)?(\\w+)(?:\\.func\\d+)*"
            + "\\(.*\\)[ \\t]*$");
    private static final Pattern JS = Pattern.compile(
            "\\bat (?:async )?(?:(new )?([^\\s()]+(?: \\[as [\\w$]+\\])?) \\()?(?:file://)?"
            + "([^\\s()]+\\.(?:js|mjs|cjs|jsx|ts|mts|cts|tsx|vue|svelte)):(\\d+)(?::(\\d+))?\\)?");
    private static final Pattern RUST = Pattern.compile(
            "(?:panicked at (?:'[^'\\n]*', )?|\\bat )((?:\\./)?[\\w./-]*\\.rs):(\\d+)(?::(\\d+))?");
    private static final Pattern RUST_FUNCTION = Pattern.compile("(?m)^[ \\t]*\\d+: ([\\w:<>{}$ ]+?)(?:::h[0-9a-f]{16})?[ \\t]*$");

    private StackFrames() {
    }

    static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        java(text, out);
        python(text, out);
        go(text, out);
        js(text, out);
        rust(text, out);
        return out;
    }

    private static void java(String text, List<Found> out) {
        Matcher m = JAVA.matcher(text);
        while (m.find()) {
            String qualifiedClass = m.group(1).substring(0, m.group(1).length() - 1);
            String method = m.group(2);
            String file = m.group(3);
            StringBuilder dir = new StringBuilder();
            for (String segment : qualifiedClass.split("\\.")) {
                if (segment.isEmpty() || !Character.isLowerCase(segment.charAt(0))) {
                    break;
                }
                dir.append(segment).append('/');
            }
            String symbol = method.equals("<init>") || method.equals("<clinit>")
                    ? simpleClass(qualifiedClass) : method;
            out.add(new Found(m.start(), m.end(), m.start(3), m.end(4),
                    frame(qualifiedClass + "." + method + "(" + file + ":" + m.group(4) + ")",
                    dir + file, m.group(4), symbol)));
        }
    }

    private static String simpleClass(String qualifiedClass) {
        String last = qualifiedClass.substring(qualifiedClass.lastIndexOf('.') + 1);
        int dollar = last.indexOf('$');
        return dollar > 0 ? last.substring(0, dollar) : last;
    }

    private static void python(String text, List<Found> out) {
        Matcher m = PYTHON.matcher(text);
        while (m.find()) {
            String function = m.group(3) == null || m.group(3).startsWith("<") ? null : m.group(3);
            out.add(new Found(m.start(), m.end(), m.start(1), m.end(2),
                    frame(m.group(1) + ":" + m.group(2), m.group(1), m.group(2), function)));
        }
    }

    /** A Go location line, with the function from the line just above it when that line names one. */
    private static void go(String text, List<Found> out) {
        Matcher m = GO_LOCATION.matcher(text);
        while (m.find()) {
            String function = null;
            int lineStart = m.start();
            int start = m.start(1);
            int importStart = -1;
            int importEnd = -1;
            if (lineStart > 0) {
                int prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
                Matcher f = GO_FUNCTION.matcher(text.substring(prevStart, lineStart - 1));
                if (f.matches()) {
                    function = f.group(4);
                    if (RUNTIME_PATH.matcher(m.group(1)).find()) {
                        start = prevStart; // the runtime's function line (runtime.mapassign_faststr) goes with it
                    }
                    String importPath = f.group(1);
                    int slash = importPath.lastIndexOf('/');
                    if (slash > 0) { // directories, then a package name (yaml.v3 for gopkg.in/yaml.v3)
                        importStart = prevStart + f.start(1);
                        importEnd = prevStart + f.end(1);
                    }
                }
            }
            out.add(new Found(start, m.end(), m.start(1), m.end(), importStart, importEnd,
                    frame(m.group(1) + ":" + m.group(2), m.group(1), m.group(2), function)));
        }
    }

    private static void js(String text, List<Found> out) {
        Matcher m = JS.matcher(text);
        while (m.find()) {
            String function = null;
            if (m.group(2) != null) {
                String name = m.group(2).replaceAll(" \\[as [\\w$]+\\]$", "");
                String last = QualifiedNames.lastSegment(name);
                function = last.isEmpty() || last.startsWith("<") ? null : last;
            }
            String location = m.group(3) + ":" + m.group(4) + (m.group(5) == null ? "" : ":" + m.group(5));
            out.add(new Found(m.start(), m.end(), m.start(3), m.end(m.group(5) == null ? 4 : 5),
                    frame(location, m.group(3), m.group(4), function)));
        }
    }

    private static void rust(String text, List<Found> out) {
        Matcher m = RUST.matcher(text);
        while (m.find()) {
            String function = null;
            int lineStart = text.lastIndexOf('\n', m.start()) + 1;
            if (lineStart > 1 && text.substring(lineStart, m.start()).isBlank()) {
                int prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
                Matcher f = RUST_FUNCTION.matcher(text.substring(prevStart, lineStart - 1));
                if (f.matches()) {
                    String last = QualifiedNames.lastSegment(f.group(1).strip());
                    function = last.matches("[A-Za-z_]\\w*") ? last : null;
                }
            }
            String location = m.group(1) + ":" + m.group(2) + (m.group(3) == null ? "" : ":" + m.group(3));
            out.add(new Found(m.start(1), m.end(), m.start(1), m.end(),
                    frame(location, m.group(1), m.group(2), function)));
        }
    }

    private static Mention frame(String text, String path, String line, String symbol) {
        return new Mention(Mention.Kind.FRAME, text, MentionFinder.normalizePath(inPackage(path)), Integer.parseInt(line),
                symbol);
    }

    /**
     * A frame of the language's own runtime or standard library: the JDK's and Kotlin's or Scala's packages,
     * Python's {@code lib/pythonX.Y/} outside an installed package, Node's {@code node:} modules, Go's GOROOT.
     */
    private static final String JVM_RUNTIME_PACKAGES = "(?:java|javax|jdk|sun|com\\.sun|kotlin|scala)";
    private static final Pattern JVM_RUNTIME = Pattern.compile("^" + JVM_RUNTIME_PACKAGES + "\\.");
    /**
     * The package of a runtime type written in full, anywhere in a task: {@code java.lang.} of {@code
     * java.lang.IllegalStateException}, {@code java.util.concurrent.} of {@code java.util.concurrent.TimeoutException}.
     * The type's own name is the task's; its package names no code of the repository.
     */
    static final Pattern JVM_RUNTIME_PACKAGE = Pattern.compile(
            "(?<![\\w.$])" + JVM_RUNTIME_PACKAGES + "(?:\\.[a-z_][a-z0-9_]*)*\\.(?=[A-Z])");
    private static final Pattern RUNTIME_PATH = Pattern.compile(
            "^node:|(?:^|/)lib/python\\d[\\d.]*/(?!.*-packages/)|(?:^|/)(?:usr/local/go|usr/lib/go[^/]*)/src/");

    /** Whether the frame is the runtime's: it names no code of any repository a task is about. */
    static boolean isRuntime(Found frame) {
        Mention m = frame.mention();
        return JVM_RUNTIME.matcher(m.text()).find() || RUNTIME_PATH.matcher(m.text()).find();
    }

    /** An installed package's file: Python's {@code site-packages/}, a Go module cache's {@code module@version/}. */
    private static final Pattern INSTALLED = Pattern.compile("(?:^|/)(?:(?:site|dist)-packages|[^/]+@v\\d[^/]*)/(.+)$");

    /**
     * A frame's path inside the package it was installed from, when it was ({@code
     * …/site-packages/flask/app.py} → {@code flask/app.py}, {@code …/node_modules/express/lib/router/index.js}
     * → {@code lib/router/index.js}, {@code …/pkg/mod/github.com/gin-gonic/gin@v1.9.1/context.go} → {@code
     * context.go}): a user's trace runs the released package, and its repository holds the same files under
     * its own root (or {@code src/}), which the install directories would hide from a path match.
     */
    static String inPackage(String path) {
        int modules = path.lastIndexOf("node_modules/");
        if (modules >= 0) {
            String rest = path.substring(modules + "node_modules/".length());
            int skip = rest.startsWith("@") ? rest.indexOf('/', rest.indexOf('/') + 1) : rest.indexOf('/');
            return skip > 0 ? rest.substring(skip + 1) : path;
        }
        Matcher m = INSTALLED.matcher(path);
        return m.find() ? m.group(1) : path;
    }
}
