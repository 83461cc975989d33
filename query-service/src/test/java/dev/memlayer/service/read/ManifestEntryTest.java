package dev.memlayer.service.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.model.facts.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManifestEntryTest {

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/guide.rst", "package.json", "config/app.yaml", "pom.xml",
            "CHANGES", "LICENSE", "AUTHORS", "License", "changelog", ".gitignore", ".editorconfig", "sub/.npmignore",
            "tox.ini", "setup.cfg", "nginx.conf", "go.mod", "go.sum", "yarn.lock", "logo.svg", "man/guide.1",
            "doc/memlayer.8"})
    void isDocument_documentationConfigurationAndData(String path) {
        assertThat(entry(path).document()).as(path).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/Main.java", "lib/app.js", ".eslintrc.js", "Makefile", "Dockerfile",
            "scripts/run.sh", "views/index.jade", "schema.graphql", "templates/page.tmpl", "a/b.10",
            "build.gradle", "scripts/eval", "bin/rails", "gradlew", "scripts/memlayer-serve"})
    void isDocument_notForCodeTemplatesBuildFilesOrScripts(String path) {
        assertThat(entry(path).document()).as(path).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CHANGES.md", "CHANGELOG.md", "docs/changelog.rst", "HISTORY.rst", "NEWS", "CHANGES",
            "change-archive.txt", "RELEASE_NOTES.md", "release-notes.md", "changelog_unreleased/javascript/123.md",
            "docs/changes/2.0.md"})
    void isHistory_changelogsAndReleaseNotes(String path) {
        assertThat(entry(path).history()).as(path).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/guide.md", "scripts/changelog-for-patch.js", "changes.go",
            "releaser/releasenotes_writer.go", "docs/changing-things.md", "news/feed.py", "docs/history-of-x.py"})
    void isHistory_notForOtherDocumentsNorForCode(String path) {
        assertThat(entry(path).history()).as(path).isFalse();
    }

    private static ManifestEntry entry(String path) {
        return ManifestEntry.of(path, "h", 1, Language.ofPath(path).id(), 1);
    }
}
