package dev.memlayer.indexer.extract.treesitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treesitter.TSException;
import org.treesitter.TSNode;
import org.treesitter.TreeSitterTypescript;

class NativeNodesTest {

    private static final String SOURCE = """
            // a comment
            export class Box<T> extends Base implements Shape {
              private size = 1;
              get area(): number { return this.size * 2; }
              constructor(readonly name: string) { super(); call(\"x\"); }
            }
            const f = (a: number) => a + 1;
            function broken( {
            """;

    @Test
    void theBindingsNativesAreReachedDirectly() {
        assertThat(NativeNodes.DIRECT).isTrue();
    }

    @Test
    void everyAccessorAgreesWithThePublicNodeMethodOnEveryNode() {
        ParsedSource src = ParsedSource.parse(new TreeSitterTypescript(), SOURCE.getBytes(StandardCharsets.UTF_8));
        List<TSNode> all = new ArrayList<>();
        collect(src.root(), all);
        assertThat(all).hasSizeGreaterThan(50);
        assertThat(all).anyMatch(TSNode::isError); // the broken function at the end
        for (TSNode n : all) {
            assertThat(src.type(n)).isEqualTo(n.getType());
            assertThat(ParsedSource.startByte(n)).isEqualTo(n.getStartByte());
            assertThat(ParsedSource.endByte(n)).isEqualTo(n.getEndByte());
            assertThat(ParsedSource.startLine(n)).isEqualTo(n.getStartPoint().getRow() + 1);
            assertThat(ParsedSource.endLine(n)).isEqualTo(n.getEndPoint().getRow() + 1);
            assertThat(ParsedSource.namedChildCount(n)).isEqualTo(n.getNamedChildCount());
            assertThat(ParsedSource.childCount(n)).isEqualTo(n.getChildCount());
            assertThat(ParsedSource.isNamed(n)).isEqualTo(n.isNamed());
            assertThat(NativeNodes.hasError(n)).isEqualTo(n.hasError());
            assertThat(NativeNodes.isError(n)).isEqualTo(n.isError());
            assertThat(NativeNodes.isMissing(n)).isEqualTo(n.isMissing());
            assertSame(ParsedSource.parent(n), n.getParent());
            assertSame(ParsedSource.prevNamedSibling(n), n.getPrevNamedSibling());
            assertSame(ParsedSource.child(n, "name"), n.getChildByFieldName("name"));
            for (int i = 0; i < n.getChildCount(); i++) {
                assertSame(ParsedSource.childAt(n, i), n.getChild(i));
            }
        }
    }

    /**
     * errorCount descends only into children with has_error and relies on a MISSING node having it
     * too; counted here over every node of trees with ERROR and MISSING nodes through the public API.
     */
    @Test
    void errorCountEqualsTheErrorAndMissingNodesOfTheWholeTree() {
        String[] broken = {SOURCE, "function f(a, b { return a }\nlet x = [1, 2;\n", "if (a) { b(\n", "class { x = }"};
        int missing = 0;
        for (String text : broken) {
            ParsedSource src = ParsedSource.parse(new TreeSitterTypescript(), text.getBytes(StandardCharsets.UTF_8));
            List<TSNode> all = new ArrayList<>();
            collect(src.root(), all);
            long expected = all.stream().filter(n -> n.isError() || n.isMissing()).count();
            missing += (int) all.stream().filter(TSNode::isMissing).count();
            assertThat(src.errorCount()).as(text).isEqualTo(expected).isPositive();
        }
        assertThat(missing).as("inputs with MISSING nodes").isPositive();
    }

    @Test
    void aNullNodeIsRejectedInJavaBeforeAnyNativeCall() {
        ParsedSource src = ParsedSource.parse(new TreeSitterTypescript(), "let a = 1;".getBytes(StandardCharsets.UTF_8));
        TSNode none = src.root().getParent();
        assertThat(ParsedSource.isNull(none)).isTrue();
        assertThatThrownBy(() -> ParsedSource.namedChildCount(none)).isInstanceOf(TSException.class);
        assertThatThrownBy(() -> ParsedSource.startByte(none)).isInstanceOf(TSException.class);
    }

    private static void assertSame(TSNode direct, TSNode viaPublicApi) {
        boolean isNull = viaPublicApi == null || viaPublicApi.isNull();
        assertThat(direct == null || ParsedSource.isNull(direct)).isEqualTo(isNull);
        if (!isNull) {
            assertThat(TSNode.eq(direct, viaPublicApi)).isTrue();
            assertThat(direct.getTree()).isSameAs(viaPublicApi.getTree());
        }
    }

    private static void collect(TSNode n, List<TSNode> into) {
        into.add(n);
        for (int i = 0; i < n.getChildCount(); i++) {
            collect(n.getChild(i), into);
        }
    }
}
