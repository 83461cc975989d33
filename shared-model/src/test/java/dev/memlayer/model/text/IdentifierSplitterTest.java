package dev.memlayer.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierSplitterTest {

    @Test
    void parts_camelSnakeAcronymsAndDigits() {
        assertThat(IdentifierSplitter.parts("HttpConnection")).containsExactly("http", "connection");
        assertThat(IdentifierSplitter.parts("parse_header2")).containsExactly("parse", "header", "2");
        assertThat(IdentifierSplitter.parts("XMLHttpRequest")).containsExactly("xml", "http", "request");
        assertThat(IdentifierSplitter.parts("getHTTP")).containsExactly("get", "http");
        assertThat(IdentifierSplitter.parts("URLs")).containsExactly("urls");
        assertThat(IdentifierSplitter.parts("resolveIDsFor")).containsExactly("resolve", "ids", "for");
        assertThat(IdentifierSplitter.parts("HTTPServer")).containsExactly("http", "server");
    }

    @Test
    void terms_keepWholeIdentifierThenParts_noDuplicates() {
        assertThat(IdentifierSplitter.terms("fix HttpConnection.close() in http"))
                .containsExactly("fix", "httpconnection", "http", "connection", "close", "in");
    }
}
