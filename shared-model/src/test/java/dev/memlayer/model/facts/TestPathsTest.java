package dev.memlayer.model.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestPathsTest {

    @Test
    void isTest_byConventionAndDirectory() {
        assertThat(TestPaths.isTest("src/test/java/a/FooTest.java")).isTrue();
        assertThat(TestPaths.isTest("pkg/foo_test.go")).isTrue();
        assertThat(TestPaths.isTest("tests/test_app.py")).isTrue();
        assertThat(TestPaths.isTest("src/util.spec.ts")).isTrue();
        assertThat(TestPaths.isTest("src/__tests__/x.js")).isTrue();
        assertThat(TestPaths.isTest("cmd/testdata/root.go.golden")).isTrue();
        assertThat(TestPaths.isTest("lib/fixtures/users.js")).isTrue();
        assertThat(TestPaths.isTest("lib/fixtures.js")).isFalse();
        assertThat(TestPaths.isTest("src/main/java/a/Foo.java")).isFalse();
        assertThat(TestPaths.isTest("src/Testing.java")).isFalse();
        assertThat(TestPaths.isTest("locales/it/messages.json")).isFalse();
    }

    @Test
    void testedStems_stripTheTestMarker() {
        assertThat(TestPaths.testedStems("FooTest.java")).containsExactly("Foo");
        assertThat(TestPaths.testedStems("FooTests.java")).contains("Foo");
        assertThat(TestPaths.testedStems("test_foo.py")).containsExactly("foo");
        assertThat(TestPaths.testedStems("foo_test.go")).containsExactly("foo");
        assertThat(TestPaths.testedStems("foo.spec.ts")).containsExactly("foo");
        assertThat(TestPaths.testedStems("Foo.java")).isEmpty();
    }
}
