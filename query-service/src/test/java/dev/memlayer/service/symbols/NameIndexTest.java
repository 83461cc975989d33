package dev.memlayer.service.symbols;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameIndexTest {

    private static String[] a(String... s) {
        return s;
    }

    @Test
    void humps_eachAPrefixOfALaterPart_firstOfTheFirst() {
        assertThat(NameIndex.humpsMatch(a("h", "con"), a("http", "connection"))).isTrue();
        assertThat(NameIndex.humpsMatch(a("h", "con"), a("http", "client", "connection"))).isTrue();
        assertThat(NameIndex.humpsMatch(a("h", "con"), a("connection", "http"))).isFalse();
        assertThat(NameIndex.humpsMatch(a("h", "con"), a("http", "client"))).isFalse();
        assertThat(NameIndex.humpsMatch(a("h", "c", "c"), a("http", "connection"))).isFalse();
    }

    @Test
    void humps_contiguousOnlyWhenNoPartIsSkipped() {
        assertThat(NameIndex.humpsContiguous(a("h", "con"), a("http", "connection"))).isTrue();
        assertThat(NameIndex.humpsContiguous(a("h", "con"), a("http", "client", "connection"))).isFalse();
    }
}
