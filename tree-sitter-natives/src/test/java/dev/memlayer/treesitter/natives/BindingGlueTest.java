package dev.memlayer.treesitter.natives;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.treesitter.TSInputEdit;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSPoint;
import org.treesitter.TSQuery;
import org.treesitter.TSQueryCapture;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryMatch;
import org.treesitter.TSQueryPredicateStep;
import org.treesitter.TSQueryPredicateStepType;
import org.treesitter.TSRange;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterJava;

/**
 * The JNI glue of our core library converts between the binding's Java objects and tree-sitter's
 * structs with class and field ids resolved once, when the library loads: every kind of object it
 * writes or reads (nodes, points, ranges, input edits, query matches and captures, predicate steps,
 * the reader callback's point) must carry the values tree-sitter has, from any thread.
 */
class BindingGlueTest {

    private static final String SOURCE = """
            package a;
            class Greeter {
                void hello() { System.out.println("hi"); }
            }
            """;
    private static final String CALLS = "((method_invocation name: (identifier) @call) (#eq? @call \"println\"))";

    private static TSParser parser() {
        TSParser parser = new TSParser();
        parser.setLanguage(new TreeSitterJava());
        return parser;
    }

    private static String text(String source, TSNode node) {
        byte[] utf8 = source.getBytes(StandardCharsets.UTF_8);
        return new String(utf8, node.getStartByte(), node.getEndByte() - node.getStartByte(), StandardCharsets.UTF_8);
    }

    @Test
    void nodesAndPointsCarryTheirPositionsBothWays() {
        TSNode root = parser().parseString(null, SOURCE).getRootNode();

        TSNode greeter = root.getNamedChild(1);
        TSNode name = greeter.getChildByFieldName("name");
        TSNode hello = root.getNamedDescendantForPointRange(new TSPoint(2, 9), new TSPoint(2, 14));

        assertThat(root.getType()).isEqualTo("program");
        assertThat(greeter.getType()).isEqualTo("class_declaration");
        assertThat(text(SOURCE, name)).isEqualTo("Greeter");
        assertThat(name.getStartPoint()).extracting(TSPoint::getRow, TSPoint::getColumn).containsExactly(1, 6);
        assertThat(name.getEndPoint()).extracting(TSPoint::getRow, TSPoint::getColumn).containsExactly(1, 13);
        assertThat(TSNode.eq(name.getParent(), greeter)).isTrue();
        assertThat(TSNode.eq(name.getParent(), root)).isFalse();
        assertThat(text(SOURCE, hello)).isEqualTo("hello");
        assertThat(hello.getStartPoint()).extracting(TSPoint::getRow, TSPoint::getColumn).containsExactly(2, 9);
    }

    @Test
    void queryMatchesCapturesAndPredicateSteps() {
        TSTree tree = parser().parseString(null, SOURCE);
        TSQuery query = new TSQuery(new TreeSitterJava(), CALLS);

        List<String> calls = new ArrayList<>();
        TSQueryCursor cursor = new TSQueryCursor();
        cursor.exec(query, tree.getRootNode());
        TSQueryMatch match = new TSQueryMatch();
        while (cursor.nextMatch(match)) {
            assertThat(match.getPatternIndex()).isZero();
            for (TSQueryCapture capture : match.getCaptures()) {
                calls.add(capture.getIndex() + ":" + text(SOURCE, capture.getNode()));
            }
        }
        TSQueryCursor byCapture = new TSQueryCursor();
        byCapture.exec(query, tree.getRootNode());
        TSQueryMatch captured = new TSQueryMatch();
        assertThat(byCapture.nextCapture(captured)).isTrue();
        TSPoint start = captured.getCaptures()[captured.getCaptureIndex()].getNode().getStartPoint();

        assertThat(calls).containsExactly("0:println");
        assertThat(start).extracting(TSPoint::getRow, TSPoint::getColumn).containsExactly(2, 30);
        assertThat(query.getPredicateForPattern(0))
                .extracting(TSQueryPredicateStep::getType)
                .containsExactly(TSQueryPredicateStepType.TSQueryPredicateStepTypeString,
                        TSQueryPredicateStepType.TSQueryPredicateStepTypeCapture,
                        TSQueryPredicateStepType.TSQueryPredicateStepTypeString,
                        TSQueryPredicateStepType.TSQueryPredicateStepTypeDone);
        TSQueryPredicateStep[] steps = query.getPredicateForPattern(0);
        assertThat(query.getStringValueForId(steps[0].getValueId())).isEqualTo("eq?");
        assertThat(query.getCaptureNameForId(steps[1].getValueId())).isEqualTo("call");
        assertThat(query.getStringValueForId(steps[2].getValueId())).isEqualTo("println");
    }

    @Test
    void anEditMovesTheOldTreeAndTheChangedRangesCoverTheInsertion() {
        String before = "class A { }";
        String after = "class A { int x; }";
        TSParser parser = parser();
        TSTree old = parser.parseString(null, before);

        old.edit(new TSInputEdit(10, 10, 17, new TSPoint(0, 10), new TSPoint(0, 10), new TSPoint(0, 17)));
        TSTree edited = parser.parseString(old, after);
        TSRange[] changed = TSTree.getChangedRanges(old, edited);

        assertThat(old.getRootNode().getEndByte()).isEqualTo(after.length());
        assertThat(old.getRootNode().getEndPoint().getColumn()).isEqualTo(after.length());
        assertThat(changed).isNotEmpty();
        assertThat(changed[0].getStartByte()).isLessThanOrEqualTo(10);
        assertThat(changed[changed.length - 1].getEndByte()).isGreaterThanOrEqualTo(16);
        assertThat(changed[0].getStartPoint().getColumn()).isEqualTo(changed[0].getStartByte());
        assertThat(changed[0].getEndPoint().getColumn()).isEqualTo(changed[0].getEndByte());
    }

    @Test
    void includedRangesComeBackAsSet() {
        TSParser parser = parser();
        TSRange[] ranges = {
            new TSRange(new TSPoint(0, 2), new TSPoint(0, 9), 2, 9),
            new TSRange(new TSPoint(1, 0), new TSPoint(3, 4), 12, 40),
        };

        assertThat(parser.setIncludedRanges(ranges)).isTrue();

        assertThat(parser.getIncludedRanges())
                .extracting(r -> List.of(r.getStartByte(), r.getEndByte(), r.getStartPoint().getRow(),
                        r.getStartPoint().getColumn(), r.getEndPoint().getRow(), r.getEndPoint().getColumn()))
                .containsExactly(List.of(2, 9, 0, 2, 0, 9), List.of(12, 40, 1, 0, 3, 4));
    }

    @Test
    void theReaderIsAskedFromTheStartWithItsPosition() {
        byte[] utf8 = SOURCE.getBytes(StandardCharsets.UTF_8);
        List<String> asked = new ArrayList<>();

        TSTree tree = parser().parse(new byte[16], null, (buffer, offset, position) -> {
            asked.add(offset + "@" + position.getRow() + ":" + position.getColumn());
            int n = Math.max(0, Math.min(buffer.length, utf8.length - offset));
            System.arraycopy(utf8, offset, buffer, 0, n);
            return n;
        }, TSInputEncoding.TSInputEncodingUTF8);

        assertThat(asked).first().isEqualTo("0@0:0");
        assertThat(asked).contains("16@1:5"); // "package a;\n" is 11 bytes: byte 16 is row 1, column 5
        assertThat(tree.getRootNode().hasError()).isFalse();
        assertThat(tree.getRootNode().getEndByte()).isEqualTo(utf8.length);
    }

    @Test
    void twoThreadsAtOnceSeeTheSameNodesAsOne() throws Exception {
        String expected = callsOf(SOURCE);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                runs.add(pool.submit(() -> {
                    List<String> seen = new ArrayList<>();
                    for (int i = 0; i < 200; i++) {
                        seen.add(callsOf(SOURCE));
                    }
                    return seen;
                }));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).hasSize(200).containsOnly(expected);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected).isEqualTo("println@2:30");
    }

    private static String callsOf(String source) {
        TSTree tree = parser().parseString(null, source);
        TSQueryCursor cursor = new TSQueryCursor();
        cursor.exec(new TSQuery(new TreeSitterJava(), CALLS), tree.getRootNode());
        StringBuilder calls = new StringBuilder();
        TSQueryMatch match = new TSQueryMatch();
        while (cursor.nextMatch(match)) {
            TSNode node = match.getCaptures()[0].getNode();
            calls.append(text(source, node)).append('@')
                    .append(node.getStartPoint().getRow()).append(':').append(node.getStartPoint().getColumn());
        }
        return calls.toString();
    }
}
