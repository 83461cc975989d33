package dev.memlayer.service.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermRarityTest {

    private static final List<String> TEXTS = List.of(
            "import flask\\napp = flask.Flask(__name__)\\n",
            "from flask import cli\\n@click.option('--cert')\\n",
            "# Flask sessions\\n",
            "flask.json\\n");

    @Test
    void aWordEveryFileHolds_weighsNearlyNothing_aWordOfOneFileWeighsOne() {
        TermRarity r = TermRarity.among(List.of("flask", "cert", "option"), TEXTS);

        assertThat(r.of("flask")).isCloseTo(Math.log(5.0 / 4) / Math.log(5), within(1e-9)).isLessThan(0.15);
        assertThat(r.of("cert")).isEqualTo(1.0);
        assertThat(r.of("option")).isEqualTo(1.0);
    }

    @Test
    void aWordOfSomeFiles_weighsBetween_andTheCaseOfTheTextDoesNotMatter() {
        TermRarity r = TermRarity.among(List.of("app", "sessions"), List.of("App", "app", "x", "y", "Sessions"));

        assertThat(r.of("app")).isCloseTo(Math.log(6.0 / 2) / Math.log(6), within(1e-9));
        assertThat(r.of("sessions")).isEqualTo(1.0);
    }

    @Test
    void oneTextOrNone_judgesNothing_andShortOrUnknownWordsWeighOne() {
        assertThat(TermRarity.among(List.of("flask"), List.of("flask")).of("flask")).isEqualTo(1.0);
        assertThat(TermRarity.among(List.of("flask"), List.of()).of("flask")).isEqualTo(1.0);
        TermRarity r = TermRarity.among(List.of("db"), TEXTS);
        assertThat(r.of("db")).isEqualTo(1.0);
        assertThat(r.of("never")).isEqualTo(1.0);
    }

    @Test
    void aFileHoldsAWordOnlyAsAWord_notInsideAnother() {
        TermRarity r = TermRarity.among(List.of("cert"), List.of("load_cert(path)", "in certain cases", "a concert",
                "certFile = None"));

        assertThat(r.of("cert")).isCloseTo(Math.log(5.0 / 2) / Math.log(5), within(1e-9));
    }
}
