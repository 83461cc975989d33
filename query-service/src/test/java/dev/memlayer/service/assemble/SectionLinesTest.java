package dev.memlayer.service.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SectionLinesTest {

    @Test
    void lines_areWhatSplitOnNewlineGives_forRandomText() {
        char[] alphabet = {'\n', '\n', '\r', ' ', 'a', 'é', 'x'};
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            char[] text = new char[random.nextInt(40)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            assertThat(SectionChooser.lines(s)).as("%s", s.replace("\n", "\\n"))
                    .containsExactlyElementsOf(Arrays.asList(s.split("\\n", -1)));
        }
    }

    @Test
    void lines_keepEmptyLinesAndTheOneAfterAFinalNewline() {
        assertThat(SectionChooser.lines("a\n\nb\n")).containsExactly("a", "", "b", "");
        assertThat(SectionChooser.lines("")).containsExactly("");
    }
}
