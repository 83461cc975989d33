package dev.memlayer.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.model.facts.Language;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptLanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "scripts/eval|#!/usr/bin/env python3|PYTHON",
            "bin/tool|#!/usr/bin/python3.11 -u|PYTHON",
            "bin/express|#!/usr/bin/env node|JAVASCRIPT",
            "bin/serve|#!/usr/bin/env -S node --no-warnings|JAVASCRIPT",
            "bin/run|#!/usr/bin/env LANG=C bash|SHELL",
            "gradlew|#!/bin/sh|SHELL",
            "bin/rails|#!/usr/bin/env ruby|RUBY",
            "bin/odd|#!/usr/bin/env perl|OTHER",
            "LICENSE|MIT License|OTHER",
            "notes|no line of its own|OTHER",
            "tool.cfg|#!/usr/bin/env python3|OTHER",
            "src/app.py|#!/usr/bin/env node|PYTHON",
            "Makefile|#!/usr/bin/make -f|MAKEFILE"})
    void of_readsTheInterpreterOnlyForNamesWithoutExtensionOrLanguage(String path, String firstLine, Language expected) {
        byte[] data = (firstLine + "\nbody\n").getBytes(StandardCharsets.UTF_8);

        assertThat(ScriptLanguage.of(path, data)).as(path).isEqualTo(expected);
    }
}
