package dev.memlayer.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one rule for whether a mentioned path names a repository file, case by case. */
class PathMatchTest {

    @Test
    void theSamePath_inAnyCase() {
        assertThat(PathMatch.of("src/web/app.py", "src/web/app.py")).isEqualTo(PathMatch.SAME);
        assertThat(PathMatch.of("Src/Web/App.py", "src/web/app.py")).isEqualTo(PathMatch.SAME);
        assertThat(PathMatch.of("app.py", "app.py")).isEqualTo(PathMatch.SAME);
    }

    @Test
    void eitherSideMayCarryMoreLeadingDirectories() {
        assertThat(PathMatch.of("web/app.py", "src/web/app.py")).isEqualTo(PathMatch.SUFFIX);
        assertThat(PathMatch.of("/home/dev/gin/binding/json.go", "binding/json.go")).isEqualTo(PathMatch.SUFFIX);
        assertThat(PathMatch.of("com/acme/C.java", "core/src/main/java/com/acme/C.java")).isEqualTo(PathMatch.SUFFIX);
    }

    @Test
    void aBareFileName_namesEveryFileOfThatName() {
        assertThat(PathMatch.of("index.js", "shop/web/index.js")).isEqualTo(PathMatch.FILE_NAME);
        assertThat(PathMatch.of("index.js", "lib/router/index.js")).isEqualTo(PathMatch.FILE_NAME);
    }

    @Test
    void aTopLevelFileEndingALongerPath_isNamedOnlyByItsFileName() {
        // Express 5 moved lib/router/index.js away; a trace through it does not point into the top-level index.js
        assertThat(PathMatch.of("lib/router/index.js", "index.js")).isEqualTo(PathMatch.FILE_NAME_ONLY);
        assertThat(PathMatch.of("/home/dev/gin/context.go", "context.go")).isEqualTo(PathMatch.FILE_NAME_ONLY);
    }

    @Test
    void otherFiles_areNotNamed() {
        assertThat(PathMatch.of("lib/router/index.js", "shop/web/index.js")).isEqualTo(PathMatch.NONE);
        assertThat(PathMatch.of("index.js", "myindex.js")).isEqualTo(PathMatch.NONE);
        assertThat(PathMatch.of("b/app.py", "ab/app.py")).isEqualTo(PathMatch.NONE);
        assertThat(PathMatch.of("", "app.py")).isEqualTo(PathMatch.NONE);
        assertThat(PathMatch.of(null, "app.py")).isEqualTo(PathMatch.NONE);
    }

    @Test
    void onlyAFileNameTheDirectoriesContradict_locatesNoLines() {
        assertThat(PathMatch.values()).filteredOn(PathMatch::locatesLines)
                .containsExactly(PathMatch.SAME, PathMatch.SUFFIX, PathMatch.FILE_NAME);
    }
}
