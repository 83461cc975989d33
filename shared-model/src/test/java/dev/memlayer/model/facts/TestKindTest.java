package dev.memlayer.model.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestKindTest {

    @Test
    void kind_fromPathConventions() {
        assertThat(TestKind.of("src/test/java/com/acme/FooTest.java")).isEqualTo(TestKind.UNIT);
        assertThat(TestKind.of("src/test/java/com/acme/FooIT.java")).isEqualTo(TestKind.INTEGRATION);
        assertThat(TestKind.of("tests/integration/__tests__/cli.js")).isEqualTo(TestKind.INTEGRATION);
        assertThat(TestKind.of("it/checkout_test.go")).isEqualTo(TestKind.INTEGRATION);
        assertThat(TestKind.of("web/e2e/login.spec.ts")).isEqualTo(TestKind.E2E);
        assertThat(TestKind.of("cypress/checkout.cy.js")).isEqualTo(TestKind.E2E);
        assertThat(TestKind.of("tests/test_pricing.py")).isEqualTo(TestKind.UNIT);
        assertThat(TestKind.of("src/edit/Editor.test.ts")).isEqualTo(TestKind.UNIT);
    }
}
