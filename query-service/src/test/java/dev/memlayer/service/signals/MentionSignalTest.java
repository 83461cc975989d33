package dev.memlayer.service.signals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionSignalTest {

    @Test
    void quotedName_compoundNamesInAnyConvention_optionsAndDirectives_areNames() {
        assertThat(MentionSignal.quotedName("no-shadow")).isEqualTo("no-shadow");
        assertThat(MentionSignal.quotedName("--no-semi")).isEqualTo("no-semi");
        assertThat(MentionSignal.quotedName("@custom-media")).isEqualTo("custom-media");
        assertThat(MentionSignal.quotedName("tryCombinations")).isEqualTo("tryCombinations");
        assertThat(MentionSignal.quotedName("read_file_info")).isEqualTo("read_file_info");
    }

    @Test
    void quotedName_singleWordsProsePathsAndCode_areNot() {
        assertThat(MentionSignal.quotedName("embed")).isNull();
        assertThat(MentionSignal.quotedName("@utility")).isNull();
        assertThat(MentionSignal.quotedName("gift cards refused")).isNull();
        assertThat(MentionSignal.quotedName("src/rules/no-shadow.js")).isNull();
        assertThat(MentionSignal.quotedName("a.b()")).isNull();
        assertThat(MentionSignal.quotedName("no--shadow")).isNull();
        assertThat(MentionSignal.quotedName("")).isNull();
    }
}
