package dev.memlayer.indexer.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierTableTest {

    private static String get(IdentifierTable<String> t, String text, int start, int length) {
        char[] chars = text.toCharArray();
        return t.get(chars, start, length, text.substring(start, start + length).hashCode());
    }

    private static void put(IdentifierTable<String> t, String id, String value) {
        char[] chars = ("  " + id + " ").toCharArray(); // a range inside a longer text
        t.put(chars, 2, id.length(), id.hashCode(), value);
    }

    @Test
    void findsAnIdentifierByItsCharactersInAnyText() {
        IdentifierTable<String> t = new IdentifierTable<>();
        put(t, "parseHeader", "a");
        assertThat(get(t, "x.parseHeader(y)", 2, 11)).isEqualTo("a");
        assertThat(get(t, "x.parseHeade(y)", 2, 10)).isNull();
        assertThat(get(t, "parseHeaders", 0, 12)).isNull();
    }

    @Test
    void keepsIdentifiersWithTheSameHashApart() {
        IdentifierTable<String> t = new IdentifierTable<>();
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        put(t, "Aa", "first");
        put(t, "BB", "second");
        assertThat(get(t, "Aa", 0, 2)).isEqualTo("first");
        assertThat(get(t, "BB", 0, 2)).isEqualTo("second");
    }

    @Test
    void growsPastItsInitialSizeAndForgetsOnClear() {
        IdentifierTable<String> t = new IdentifierTable<>(1);
        for (int i = 0; i < 10_000; i++) {
            put(t, "id" + i, "v" + i);
        }
        assertThat(t.size()).isEqualTo(10_000);
        for (int i = 0; i < 10_000; i += 7) {
            String id = "id" + i;
            assertThat(get(t, id, 0, id.length())).isEqualTo("v" + i);
        }
        t.clear();
        assertThat(t.size()).isZero();
        assertThat(get(t, "id5", 0, 3)).isNull();
        put(t, "id5", "again");
        assertThat(get(t, "id5", 0, 3)).isEqualTo("again");
    }
}
