package dev.memlayer.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.model.api.Intent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden tests: real-looking traces and task texts of each runtime, and the mentions they must yield. */
class StackTraceParsingTest {

    private static Mention frame(String text, String path, int line, String symbol) {
        return new Mention(Mention.Kind.FRAME, text, path, line, symbol);
    }

    private static List<Mention> frames(String task) {
        return TaskParser.parse(task).mentions().stream().filter(m -> m.kind() == Mention.Kind.FRAME).toList();
    }

    @Test
    void java_framesCarryPackageDirectoryFileLineAndMethod() {
        String task = """
                Checkout fails with:
                Exception in thread "main" java.lang.IllegalStateException: invoice 42 has no lines
                	at com.acme.billing.InvoiceService.total(InvoiceService.java:87)
                	at com.acme.billing.InvoiceService$Lines.<init>(InvoiceService.java:140)
                	at com.acme.web.CheckoutController.submit(CheckoutController.java:33)
                	at java.base/java.lang.Thread.run(Thread.java:833)
                Caused by: java.lang.NullPointerException
                	... 3 more
                """;
        List<Mention> all = TaskParser.parse(task).mentions();

        assertThat(frames(task)).containsExactly(
                frame("com.acme.billing.InvoiceService.total(InvoiceService.java:87)",
                        "com/acme/billing/InvoiceService.java", 87, "total"),
                frame("com.acme.billing.InvoiceService$Lines.<init>(InvoiceService.java:140)",
                        "com/acme/billing/InvoiceService.java", 140, "InvoiceService"),
                frame("com.acme.web.CheckoutController.submit(CheckoutController.java:33)",
                        "com/acme/web/CheckoutController.java", 33, "submit"),
                frame("java.lang.Thread.run(Thread.java:833)", "java/lang/Thread.java", 833, "run"));
        assertThat(all).contains(
                new Mention(Mention.Kind.QUALIFIED, "java.lang.IllegalStateException"),
                new Mention(Mention.Kind.QUOTED, "invoice 42 has no lines"),
                new Mention(Mention.Kind.QUALIFIED, "java.lang.NullPointerException"));
        // the thread's name is no symbol of the code, nor are the lead-in's words terms
        assertThat(all).doesNotContain(new Mention(Mention.Kind.SYMBOL, "main"));
        assertThat(TaskParser.parse(task).terms()).contains("invoiceservice", "total", "submit")
                .doesNotContain("main", "caused");
        // the JDK's own frame names no code of the repository: its words (thread, run) are no terms
        assertThat(TaskParser.parse(task).terms()).doesNotContain("thread", "run");
        // nor does a JDK type's package: the type's name is a term, java.lang's words are not
        assertThat(TaskParser.parse(task).terms()).contains("illegalstateexception", "nullpointerexception")
                .doesNotContain("java", "lang");
        assertThat(IntentClassifier.fromText(task)).isEqualTo(Intent.BUGFIX);
    }

    @Test
    void runtimeTypePackages_areNoTerms_withoutATraceToo() {
        assertThat(TaskParser.parse("Use a java.util.concurrent.locks.ReentrantLock in HttpConnection").terms())
                .contains("reentrantlock", "reentrant", "lock", "httpconnection")
                .doesNotContain("java", "util", "concurrent", "locks");
        // a project's own package stays: it names the repository's directories
        assertThat(TaskParser.parse("NPE in org.jsoup.nodes.Element.text").terms())
                .contains("jsoup", "nodes", "element", "text");
        // and a word that only starts like a runtime package is no package
        assertThat(TaskParser.parse("javascript.Parser breaks on sundays.Report").terms())
                .contains("javascript", "parser", "sundays", "report");
    }

    @Test
    void python_tracebackFramesAndTheErrorLine() {
        String task = """
                Traceback (most recent call last):
                  File "/home/dev/shop/manage.py", line 22, in <module>
                    main()
                  File "/home/dev/shop/billing/invoices.py", line 118, in compute_total
                    return sum(line.amount for line in lines)
                  File "billing/lines.py", line 9, in amount
                    return self._amount * self.qty
                TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'
                """;

        assertThat(frames(task)).containsExactly(
                frame("/home/dev/shop/manage.py:22", "home/dev/shop/manage.py", 22, null),
                frame("/home/dev/shop/billing/invoices.py:118", "home/dev/shop/billing/invoices.py", 118,
                        "compute_total"),
                frame("billing/lines.py:9", "billing/lines.py", 9, "amount"));
        assertThat(TaskParser.parse(task).mentions()).contains(
                new Mention(Mention.Kind.SYMBOL, "TypeError"),
                new Mention(Mention.Kind.QUOTED, "unsupported operand type(s) for *: 'NoneType' and 'int'"));
    }

    @Test
    void python_termsKeepFunctionsAndMessage_notFramePathsOrTheTracebackHeader() {
        String task = """
                Traceback (most recent call last):
                  File "/home/dev/venv/lib/python3.12/site-packages/shop/billing/invoices.py", line 118, in compute_total
                    return sum(line.amount for line in lines)
                TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'
                """;

        List<String> terms = TaskParser.parse(task).terms();

        assertThat(terms).contains("compute_total", "amount", "unsupported", "operand")
                .doesNotContain("traceback", "recent", "home", "venv", "site", "packages", "shop", "invoices", "py",
                        "118");
        // the frame's file, inside the installed package it ran from
        assertThat(TaskParser.parse("""
                Traceback (most recent call last):
                  File "/home/dev/venv/lib/python3.12/site-packages/shop/billing/invoices.py", line 118, in total
                  File "/usr/lib/python3.12/json/encoder.py", line 180, in default
                TypeError: Object of type Decimal is not JSON serializable
                """).terms()).contains("total", "decimal").doesNotContain("encoder", "default");
        assertThat(frames(task)).extracting(Mention::path).containsExactly("shop/billing/invoices.py");
    }

    @Test
    void go_panicFramesTakeTheFunctionFromTheLineAbove() {
        String task = """
                panic: runtime error: invalid memory address or nil pointer dereference
                [signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x6f1c2d]

                goroutine 34 [running]:
                github.com/acme/shop/internal/billing.(*Service).Total(0x0, {0xc0001a2000, 0x3, 0x4})
                	/home/dev/go/src/github.com/acme/shop/internal/billing/service.go:57 +0x2d
                github.com/acme/shop/internal/api.handleCheckout(...)
                	/home/dev/go/src/github.com/acme/shop/internal/api/checkout.go:112
                main.main()
                	/home/dev/go/src/github.com/acme/shop/main.go:21 +0x1d
                """;

        assertThat(frames(task)).containsExactly(
                frame("/home/dev/go/src/github.com/acme/shop/internal/billing/service.go:57",
                        "home/dev/go/src/github.com/acme/shop/internal/billing/service.go", 57, "Total"),
                frame("/home/dev/go/src/github.com/acme/shop/internal/api/checkout.go:112",
                        "home/dev/go/src/github.com/acme/shop/internal/api/checkout.go", 112, "handleCheckout"),
                frame("/home/dev/go/src/github.com/acme/shop/main.go:21",
                        "home/dev/go/src/github.com/acme/shop/main.go", 21, "main"));
        assertThat(TaskParser.parse(task).mentions()).contains(new Mention(Mention.Kind.QUOTED,
                "runtime error: invalid memory address or nil pointer dereference"));
        // the functions and the message are the task's words; addresses, runtime headers and paths are not
        assertThat(TaskParser.parse(task).terms()).contains("total", "handlecheckout", "memory", "dereference")
                .doesNotContain("0x0", "xc", "0001", "sigsegv", "goroutine", "running", "home", "src");
        // a function line's import path: its package is a word of the code, the module's directories are not,
        // and the path is no file of the repository
        assertThat(TaskParser.parse(task).terms()).contains("billing", "api")
                .doesNotContain("github", "com", "acme");
        // a frame of Go's runtime gives no terms and no mentions, its function line included
        String inRuntime = """
                panic: assignment to entry in nil map

                goroutine 1 [running]:
                runtime.mapassign_faststr(...)
                	/usr/local/go/src/runtime/map_faststr.go:203 +0x3f
                github.com/acme/shop/internal/billing.(*Service).Total(0x0)
                	/home/dev/shop/internal/billing/service.go:57 +0x2d
                """;
        assertThat(TaskParser.parse(inRuntime).terms()).contains("total", "billing", "assignment")
                .doesNotContain("mapassign_faststr", "faststr", "runtime");
        assertThat(TaskParser.parse(inRuntime).mentions()).extracting(Mention::text)
                .noneMatch(text -> text.contains("mapassign"));
        assertThat(TaskParser.parse(task).mentions()).extracting(Mention::text)
                .noneMatch(text -> text.startsWith("github.com"));
    }

    @Test
    void go_valueReceiverMethods_andDottedPackages_giveTheFunctionAndDropTheModuleDirectories() {
        String task = """
                goroutine 1 [running]:
                github.com/gin-gonic/gin/binding.jsonBinding.Bind({}, 0xc0001, {0x0, 0x0})
                	/root/go/pkg/mod/github.com/gin-gonic/gin@v1.9.1/binding/json.go:38 +0x1c
                gopkg.in/yaml.v3.(*decoder).unmarshal(0xc000)
                	/root/go/pkg/mod/gopkg.in/yaml.v3@v3.0.1/decode.go:493 +0x1c
                """;

        assertThat(frames(task)).extracting(Mention::symbol).containsExactly("Bind", "unmarshal");
        assertThat(TaskParser.parse(task).terms()).contains("binding", "jsonbinding", "bind", "unmarshal")
                .doesNotContain("github", "com", "gopkg");
    }

    @Test
    void framesInAnInstalledPackage_pointAtThePackagesOwnPath() {
        // a user's trace runs the released package; its repository holds the files under its own root or src/
        assertThat(StackFrames.inPackage("/home/u/venv/lib/python3.12/site-packages/flask/json/provider.py"))
                .isEqualTo("flask/json/provider.py");
        assertThat(StackFrames.inPackage("/usr/lib/python3/dist-packages/requests/models.py"))
                .isEqualTo("requests/models.py");
        assertThat(StackFrames.inPackage("/app/node_modules/express/lib/router/index.js"))
                .isEqualTo("lib/router/index.js");
        assertThat(StackFrames.inPackage("/app/node_modules/@babel/core/lib/parse.js")).isEqualTo("lib/parse.js");
        assertThat(StackFrames.inPackage("/root/go/pkg/mod/github.com/gin-gonic/gin@v1.9.1/binding/json.go"))
                .isEqualTo("binding/json.go");
        // a path in the project itself stays as written
        assertThat(StackFrames.inPackage("/home/dev/shop/billing/invoices.py"))
                .isEqualTo("/home/dev/shop/billing/invoices.py");
        assertThat(frames("""
                Traceback (most recent call last):
                  File "/home/u/venv/lib/python3.12/site-packages/flask/app.py", line 1498, in __call__
                    return self.wsgi_app(environ, start_response)
                """)).extracting(Mention::path).containsExactly("flask/app.py");
    }

    @Test
    void javascript_framesWithAndWithoutFunctionNames() {
        String task = """
                TypeError: Cannot read properties of undefined (reading 'map')
                    at renderItems (src/components/List.jsx:14:23)
                    at Object.<anonymous> (/app/node_modules/react-dom/cjs/react-dom.development.js:3990:14)
                    at async Server.handle [as handler] (file:///app/src/server.mjs:88:5)
                    at src/index.ts:7:1
                """;

        assertThat(frames(task)).containsExactly(
                frame("src/components/List.jsx:14:23", "src/components/List.jsx", 14, "renderItems"),
                // a frame in an installed package points inside the package
                frame("/app/node_modules/react-dom/cjs/react-dom.development.js:3990:14",
                        "cjs/react-dom.development.js", 3990, null),
                frame("/app/src/server.mjs:88:5", "app/src/server.mjs", 88, "handle"),
                frame("src/index.ts:7:1", "src/index.ts", 7, null));
        assertThat(TaskParser.parse(task).mentions()).contains(new Mention(Mention.Kind.SYMBOL, "TypeError"));
    }

    @Test
    void rust_panicLocationAndBacktraceFrames() {
        String task = """
                thread 'main' panicked at src/config/loader.rs:41:18:
                called `Option::unwrap()` on a `None` value
                stack backtrace:
                   0: rust_begin_unwind
                   1: shop::config::loader::load_profile
                             at ./src/config/loader.rs:41:18
                   2: shop::main
                             at ./src/main.rs:10:5
                """;

        assertThat(frames(task)).containsExactly(
                frame("src/config/loader.rs:41:18", "src/config/loader.rs", 41, null),
                frame("./src/config/loader.rs:41:18", "src/config/loader.rs", 41, "load_profile"),
                frame("./src/main.rs:10:5", "src/main.rs", 10, "main"));
        assertThat(TaskParser.parse(task).mentions()).contains(new Mention(Mention.Kind.QUALIFIED, "Option::unwrap"));
        assertThat(IntentClassifier.fromText(task)).isEqualTo(Intent.BUGFIX);
    }

    @Test
    void rust_olderPanicFormat_quotedMessageThenLocation() {
        String task = "thread 'main' panicked at 'index out of bounds: the len is 3', src/cart.rs:3:9";

        assertThat(frames(task)).containsExactly(frame("src/cart.rs:3:9", "src/cart.rs", 3, null));
    }

    @Test
    void qualifiedNames_ofEachLanguage_andNotProse() {
        List<Mention> m = TaskParser.parse("Call os.path.join from utils.slugify, not crate::net::tcp::connect"
                + " or Invoice#total(); e.g. see example.com").mentions();

        assertThat(m).containsExactly(
                new Mention(Mention.Kind.QUALIFIED, "os.path.join"),
                new Mention(Mention.Kind.QUALIFIED, "utils.slugify"),
                new Mention(Mention.Kind.QUALIFIED, "crate::net::tcp::connect"),
                new Mention(Mention.Kind.QUALIFIED, "Invoice#total"));
        assertThat(m.get(2).symbol()).isEqualTo("connect");
    }

    @Test
    void quotedIdentifiersAndPaths_becomeSymbolsAndPaths() {
        List<Mention> m = TaskParser.parse("rename `retry_count` in 'src/net/client.py' and \"no such file\"")
                .mentions();

        assertThat(m).containsExactly(
                new Mention(Mention.Kind.SYMBOL, "retry_count"),
                new Mention(Mention.Kind.PATH, "src/net/client.py"),
                new Mention(Mention.Kind.QUOTED, "no such file"));
    }
}
