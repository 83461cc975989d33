package dev.memlayer.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RepoPlanTest {

    @Test
    void of_500files_sourcesPlusSupportFilesAreExactly500() {
        RepoPlan plan = RepoPlan.of(500, 42);

        assertThat(plan.files().size() + Renderers.supportFiles(plan.files()).size()).isEqualTo(500);
    }

    @Test
    void of_sameSizeAndSeed_samePlan_otherSeed_otherPlan() {
        assertThat(RepoPlan.of(300, 7).files()).isEqualTo(RepoPlan.of(300, 7).files());
        assertThat(RepoPlan.of(300, 8).files()).isNotEqualTo(RepoPlan.of(300, 7).files());
    }

    @Test
    void imports_pointToNonTestFilesOfTheSameLanguageInEarlierPackages() {
        RepoPlan plan = RepoPlan.of(2000, 42);

        for (PlannedFile file : plan.files()) {
            for (int id : file.imports()) {
                PlannedFile target = plan.file(id);
                assertThat(target.lang()).isEqualTo(file.lang());
                if (!file.isTest()) {
                    assertThat(target.isTest()).isFalse();
                    assertThat(target.langIndex()).isLessThan(file.langIndex());
                    assertThat(target.domain() + "/" + target.layer()).isNotEqualTo(file.domain() + "/" + file.layer());
                }
            }
        }
    }

    @Test
    void of_mixesAllSixLanguagesWithTestsAndCrossFileImports() {
        RepoPlan plan = RepoPlan.of(2000, 42);

        Map<Lang, Long> perLanguage = plan.files().stream()
                .collect(Collectors.groupingBy(PlannedFile::lang, Collectors.counting()));
        assertThat(perLanguage).containsOnlyKeys(Lang.values());
        assertThat(perLanguage.values()).allSatisfy(count -> assertThat(count).isGreaterThan(100));
        assertThat(plan.files().stream().filter(PlannedFile::isTest).count()).isGreaterThan(150);
        double importsPerFile = plan.files().stream().mapToInt(f -> f.imports().size()).average().orElse(0);
        assertThat(importsPerFile).isBetween(1.5, 4.0);
        // log-normal sizes: a long tail above the median
        assertThat(plan.files().stream().filter(f -> f.lines() > 300).count()).isGreaterThan(20);
    }

    @Test
    void of_tooSmall_isRefused() {
        assertThatThrownBy(() -> RepoPlan.of(10, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
