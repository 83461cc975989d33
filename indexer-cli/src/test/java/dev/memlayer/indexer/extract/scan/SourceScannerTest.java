package dev.memlayer.indexer.extract.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceScannerTest {

    @Test
    void scan_kotlinTemplates_codeInsideIsTokenizedAndStringKeptWhole() {
        ScannedSource s = scan("val s = \"a ${f(\"}\")} b\" + g()", ScanSyntax.KOTLIN);

        assertThat(strings(s)).containsExactly("}", "a ${f(\"}\")} b");
        assertThat(identifiers(s)).containsExactly("val", "s", "f", "g");
    }

    @Test
    void scan_javaTextBlockAndEscapes_areOneLiteral() {
        ScannedSource s = scan("String a = \"\"\"\n  x \"quoted\" \\\"\"\"\n  \"\"\"; String b = \"q\\\"\"; c('\\'');",
                ScanSyntax.JAVA);

        assertThat(strings(s)).containsExactly("\n  x \"quoted\" \\\"\"\"\n  ", "q\\\"");
        assertThat(identifiers(s)).containsExactly("String", "a", "String", "b", "c");
    }

    @Test
    void scan_nestedKotlinCommentsAndGoRawStrings() {
        ScannedSource kt = scan("/* a /* b */ still */ x", ScanSyntax.KOTLIN);
        assertThat(kt.commentCount()).isEqualTo(1);
        assertThat(identifiers(kt)).containsExactly("x");

        ScannedSource go = scan("s := `raw \\ \" // not a comment`\n// real", ScanSyntax.GO);
        assertThat(strings(go)).containsExactly("raw \\ \" // not a comment");
        assertThat(go.commentText(0)).isEqualTo("real");
    }

    @Test
    void scan_unterminatedLiterals_runToTheEndWithoutThrowing() {
        assertThat(scan("x = \"open", ScanSyntax.JAVA).stringCount()).isEqualTo(1);
        assertThat(scan("/* open", ScanSyntax.KOTLIN).commentCount()).isEqualTo(1);
        assertThat(scan("`open", ScanSyntax.GO).stringCount()).isEqualTo(1);
        assertThat(scan("'", ScanSyntax.JAVA).tokenCount()).isEqualTo(1);
    }

    @Test
    void docAbove_javadocOnlyWhenAdjacent_goBlockOnlyWhenContiguous() {
        String source = "/** Doc. */\n@A\nclass X {}\n/** Near. */\n\nint y; // trailing\nint z;";
        ScannedSource java = scan(source, ScanSyntax.JAVA);
        assertThat(java.javadocAbove(source.indexOf("@A"))).isEqualTo("Doc.");
        assertThat(java.javadocAbove(source.indexOf("int y"))).as("blank lines allowed").isEqualTo("Near.");
        assertThat(java.javadocAbove(source.indexOf("int z"))).as("a line comment is not a doc").isNull();

        String go = "// lost\n\n// One.\n// Two.\nfunc F() {}\nx := 1 // trailing\nfunc G() {}";
        ScannedSource g = scan(go, ScanSyntax.GO);
        assertThat(g.lineCommentsAbove(go.indexOf("func F"))).isEqualTo("One.\nTwo.");
        assertThat(g.lineCommentsAbove(go.indexOf("func G"))).isNull();
    }

    @Test
    void line_countsFromOne() {
        ScannedSource s = scan("a\nbb\n\nc", ScanSyntax.JAVA);
        assertThat(s.line(0)).isEqualTo(1);
        assertThat(s.line(2)).isEqualTo(2);
        assertThat(s.line(6)).isEqualTo(4);
    }

    private static ScannedSource scan(String text, ScanSyntax syntax) {
        return SourceScanner.scan(text.getBytes(StandardCharsets.UTF_8), syntax);
    }

    private static List<String> strings(ScannedSource s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.stringCount(); i++) {
            out.add(s.stringContent(i));
        }
        return out;
    }

    private static List<String> identifiers(ScannedSource s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.tokenCount(); i++) {
            if (s.isIdent(i)) {
                out.add(s.text(i));
            }
        }
        return out;
    }
}
