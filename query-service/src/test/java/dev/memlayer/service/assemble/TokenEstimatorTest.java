package dev.memlayer.service.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The estimator counts line by line and remembers lines; its count must be jtokkit's count of the
 * whole text, for real source files and for text built to stress the line rule (blank lines,
 * trailing and leading whitespace, CRLF, Unicode spaces, special-token text, surrogate pairs).
 */
class TokenEstimatorTest {

    private static final Encoding CL100K = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);
    private static final String[] PIECES = {"\n", "\n", "\n", "\r\n", "\r", " ", "  ", "\t", "\u00a0", "\u2003",
        "\u3000", "\u2028", "\u0085", "\u000b", "\f", "foo", "Bar", "x1", "123", "4567", "'s", "'ll", "// ", "#",
        "}", "{", "();", "```", "<|endoftext|>", "日本語", "é", "\ud83d\ude00", "-->", "...", "_a", "\\"};

    @Test
    void count_sourceFilesOfThisModule_equalsTheWholeTextCount() throws IOException {
        TokenEstimator tokens = new TokenEstimator();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        int compared = 0;
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file);
            } catch (MalformedInputException e) {
                continue;
            }
            int whole = CL100K.countTokensOrdinary(text);
            assertThat(tokens.count(text)).as(file.toString()).isEqualTo(whole);
            assertThat(tokens.count(text)).as(file + " (lines remembered)").isEqualTo(whole);
            compared++;
        }
        assertThat(compared).isGreaterThan(50);
    }

    @Test
    void count_randomTextOfAwkwardPieces_equalsTheWholeTextCount() {
        TokenEstimator tokens = new TokenEstimator();
        Random random = new Random(11);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(60);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            if (tokens.count(text) != CL100K.countTokensOrdinary(text)) {
                failures.add(text);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void addsUp_exactlyWhenEveryJoinIsALineBoundaryTheCountCutsAt() {
        TokenEstimator tokens = new TokenEstimator();
        List<String> joinable = List.of("# Title\n", "", "1. `a.py` whole\n", "## a.py\n```\n  x = 1\n```\n\n", "<!-- end -->\n");
        assertThat(tokens.addsUp(joinable)).isTrue();
        assertThat(tokens.count(String.join("", joinable)))
                .isEqualTo(joinable.stream().mapToInt(tokens::count).sum());

        assertThat(tokens.addsUp(List.of("no newline at the end", "## next\n"))).isFalse();
        assertThat(tokens.addsUp(List.of("line\n", "\n\nblank start\n"))).isFalse();
        assertThat(tokens.addsUp(List.of("line\n", " \u00a0nbsp start\n"))).isFalse();
        assertThat(tokens.addsUp(List.of("only one part, no newline"))).isTrue();
    }

    @Test
    void startsVisibleLine_onlyForAVisibleCharacterAfterSpacesAndTabs() {
        assertThat(TokenEstimator.startsVisibleLine("\n  \tx", 1)).isTrue();
        assertThat(TokenEstimator.startsVisibleLine("\né", 1)).isTrue();
        assertThat(TokenEstimator.startsVisibleLine("\n  \n", 1)).isFalse();
        assertThat(TokenEstimator.startsVisibleLine("\n \u00a0x", 1)).isFalse();
        assertThat(TokenEstimator.startsVisibleLine("\n   ", 1)).isFalse();
    }
}
