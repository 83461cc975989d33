package dev.memlayer.service.rank;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.memlayer.service.support.ShopRepoProfile;
import dev.memlayer.service.support.TestRepo;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ranking end to end on a scripted Python repository indexed by the real indexer, where the right
 * answer is known: the file defining the named function, the module it imports, and its test.
 */
@QuarkusTest
@TestProfile(ShopRepoProfile.class)
class RankingOnScriptedRepoTest {

    private static final String TASK = "Fix wrong result of compute_discount_rate for very large quantities";

    private JsonPath context(String task, String intent) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("project", "shop", "task", task, "intent", intent, "budget_tokens", 4000))
                .when().post("/v1/context")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Included files then omitted ones: the full ranking. */
    private static List<String> ranking(JsonPath r) {
        List<String> paths = new ArrayList<>(r.getList("files.path", String.class));
        paths.addAll(r.getList("omitted.path", String.class));
        return paths;
    }

    /** The first file's reason from {@code signal}, failing when it has none. */
    private static Map<String, Object> firstFileReason(JsonPath r, String signal) {
        List<Map<String, Object>> reasons = r.getList("files[0].reasons");
        return reasons.stream().filter(reason -> signal.equals(reason.get("signal"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + signal + " reason among " + reasons));
    }

    @Test
    void rank_fileDefiningTheNamedSymbol_ranksFirst_withTheSymbolAsEvidence() {
        JsonPath r = context(TASK, "auto");

        assertThat(r.getString("files[0].path")).isEqualTo(TestRepo.PRICING);
        List<Map<String, Object>> reasons = r.getList("files[0].reasons");
        assertThat(reasons).anySatisfy(reason -> {
            assertThat(reason.get("signal")).isEqualTo("symbol");
            assertThat((String) reason.get("evidence")).contains("compute_discount_rate");
        });
        assertThat((String) firstFileReason(r, "lexical").get("evidence"))
                .contains("symbol names contain compute_discount_rate");
        // a file the task's words reach only by its text names no symbol
        assertThat(r.getList("files.reasons.flatten().findAll { it.signal == 'lexical' }.evidence", String.class))
                .anySatisfy(e -> assertThat(e).doesNotContain("symbol names contain"));
    }

    @Test
    void rank_misspeltSymbolName_findsTheDefinitionItMeant() {
        JsonPath r = context("Fix wrong result of compute_discont_rate for very large quantities", "bugfix");

        assertThat(r.getString("files[0].path")).isEqualTo(TestRepo.PRICING);
        assertThat((String) firstFileReason(r, "symbol").get("evidence")).contains("compute_discount_rate")
                .contains("close to compute_discont_rate");
    }

    @Test
    void rank_misspeltNames_areLookedUpForTheFirstEightUnknownIdentifiersOnly() {
        String unknown = "AlphaWidgetOne BetaWidgetTwo GammaWidgetThree DeltaWidgetFour EpsilonWidgetFive "
                + "ZetaWidgetSix EtaWidgetSeven ThetaWidgetEight";
        JsonPath r = context("Fix " + unknown + " and compute_discont_rate for very large quantities", "bugfix");

        assertThat(r.getList("files.reasons.evidence.flatten()", String.class))
                .noneMatch(e -> e.contains("close to compute_discont_rate"));
    }

    @Test
    void rank_nameWithOtherPredicateWords_findsTheCheckAndItsMessage() {
        JsonPath r = context("Add has_express_delivery to orders so checkout can refuse slow carriers", "feature");

        assertThat(ranking(r).subList(0, 2)).containsExactlyInAnyOrder(TestRepo.EXPRESS_CHECK, TestRepo.EXPRESS_MESSAGE);
        assertThat((String) firstFileReason(r, "symbol").get("evidence"))
                .containsAnyOf("assert_has_express_delivery", "should_have_express_delivery")
                .contains("the words of has_express_delivery in the task");
    }

    @Test
    void rank_quotedKebabCaseName_findsTheSourceFileOfThatName_notItsTestOrDocs() {
        JsonPath r = context("fix: allow partner gift cards in `no-gift-cards`", "bugfix");

        assertThat(r.getString("files[0].path")).isEqualTo(TestRepo.GIFT_RULE);
        Map<String, Object> mention = firstFileReason(r, "mention");
        assertThat((String) mention.get("evidence")).contains("no-gift-cards = file name no-gift-cards.js");
        // one source file of that name: the full share, though its test and docs page share the name
        assertThat(((Number) mention.get("weight")).doubleValue()).isEqualTo(0.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fix: allow partner gift cards in no-gift-cards", "fix: partner cards pass `--no-gift-cards` too"})
    void rank_kebabCaseName_quotedOrNot_findsTheFileOfThatName(String task) {
        JsonPath r = context(task, "bugfix");

        assertThat(r.getString("files[0].path")).isEqualTo(TestRepo.GIFT_RULE);
        assertThat((String) firstFileReason(r, "mention").get("evidence"))
                .contains("no-gift-cards = file name no-gift-cards.js");
    }

    @Test
    void rank_kebabCaseName_isNotTakenForACompoundSymbolName() {
        // code identifiers cannot hold a dash: a kebab-case name is a file, an option or prose, not has_express_delivery
        JsonPath r = context("Orders need a has-express-delivery check so checkout can refuse slow carriers", "feature");

        assertThat(r.getList("files.reasons.flatten().evidence", String.class))
                .noneMatch(e -> e.contains("express_delivery (") || e.contains("the words of"));
    }

    @Test
    void rank_camelCaseName_findsTheKebabCaseFileOfThatName() {
        JsonPath r = context("GiftWrap ignores the paper the customer picked", "bugfix");

        assertThat(r.getString("files[0].path")).isEqualTo(TestRepo.GIFT_WRAP);
        assertThat((String) firstFileReason(r, "mention").get("evidence")).contains("GiftWrap = file name gift-wrap.js");
    }

    @Test
    void rank_leadingScope_andRecentHistory_addPriorsWithTheirEvidence() {
        JsonPath r = context("shop: " + TASK, "bugfix");

        assertThat(r.getString("files[0].path")).isEqualTo(TestRepo.PRICING);
        List<Map<String, Object>> reasons = r.getList("files[0].reasons");
        assertThat(reasons).anySatisfy(reason -> {
            assertThat(reason.get("signal")).isEqualTo("scope");
            assertThat((String) reason.get("evidence")).contains("'shop'");
        });
        assertThat(reasons).anySatisfy(reason -> {
            assertThat(reason.get("signal")).isEqualTo("recency");
            assertThat((String) reason.get("evidence")).contains("days before");
        });
        List<String> testReasons = r.getList("files.findAll { it.path == '" + TestRepo.PRICING_TEST
                + "' }.reasons.signal.flatten()", String.class);
        assertThat(testReasons).doesNotContain("scope");
    }

    @Test
    void rank_moduleReachableOnlyByImport_isInTopFive_explainedByTheSeed() {
        JsonPath r = context(TASK, "bugfix");

        List<String> ranked = ranking(r);
        assertThat(ranked.indexOf(TestRepo.RATE_TABLE)).isBetween(0, 4);
        int at = r.getList("files.path", String.class).indexOf(TestRepo.RATE_TABLE);
        List<Map<String, Object>> reasons = r.getList("files[" + at + "].reasons");
        assertThat(reasons).anySatisfy(reason -> {
            assertThat(reason.get("signal")).isEqualTo("graph");
            assertThat((String) reason.get("evidence")).contains(TestRepo.PRICING).contains("seed");
        });
    }

    @Test
    void rank_refactor_weighsTheModuleReachedByImport_twiceAsMuchAsABugfix() {
        double bugfix = reasonWeight(context(TASK, "bugfix"), TestRepo.RATE_TABLE, "graph");
        double refactor = reasonWeight(context(TASK, "refactor"), TestRepo.RATE_TABLE, "graph");

        assertThat(bugfix).isPositive();
        assertThat(refactor).isCloseTo(2 * bugfix, org.assertj.core.data.Offset.offset(0.002));
    }

    /** The weight of {@code file}'s reason from {@code signal}, failing when the file or the reason is missing. */
    private static double reasonWeight(JsonPath r, String file, String signal) {
        List<Map<String, Object>> reasons = r.getList("files.findAll { it.path == '" + file + "' }.reasons.flatten()");
        return reasons.stream().filter(reason -> signal.equals(reason.get("signal")))
                .mapToDouble(reason -> ((Number) reason.get("weight")).doubleValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + signal + " reason for " + file + " among " + reasons));
    }

    @Test
    void rank_traceback_framesNearerTheErrorCountMore() {
        // Python prints the innermost frame last: pricing.py raised, orders.py only called it
        String trace = """
                Traceback (most recent call last):
                  File "/srv/app/shop/orders.py", line 5, in place_order
                    rate = compute_discount_rate(cart)
                  File "/srv/app/shop/pricing.py", line 6, in compute_discount_rate
                    if quantity >= threshold:
                TypeError: '>=' not supported between instances of 'Cart' and 'int'
                """;
        JsonPath r = context(trace, "auto");

        List<String> ranking = ranking(r);
        assertThat(ranking.indexOf(TestRepo.PRICING)).isLessThan(ranking.indexOf("shop/orders.py"));
        assertThat(mention(r, TestRepo.PRICING).get("evidence")).asString().contains("the frame nearest the error");
        assertThat(mention(r, "shop/orders.py").get("evidence")).asString().contains("frame 2 from the error");
        assertThat(((Number) mention(r, "shop/orders.py").get("weight")).doubleValue())
                .isLessThan(((Number) mention(r, TestRepo.PRICING).get("weight")).doubleValue());
    }

    @Test
    void rank_traceFrame_ofAFileMovedAway_namesATopLevelNamesakeOnlyByItsFileName() {
        // the installed package still has lib/legacy/index.js; the repository moved it away, and its
        // top-level index.js only shares the file name
        String trace = """
                TypeError: paper is undefined
                    at wrap (/srv/app/node_modules/shop/shop/web/gift-wrap.js:2:22)
                    at checkout (/srv/app/node_modules/shop/lib/legacy/index.js:7:3)
                """;
        JsonPath r = context(trace, "auto");

        assertThat(ranking(r).get(0)).isEqualTo(TestRepo.GIFT_WRAP);
        assertThat(mention(r, TestRepo.GIFT_WRAP).get("evidence")).asString()
                .contains("mentions path shop/web/gift-wrap.js");
        assertThat(mention(r, "index.js").get("evidence")).asString()
                .contains("mentions file name index.js at the end of path lib/legacy/index.js (2 files share it)");
        // a path suffix would be 4 of 5 at frame 2 (× .9): .72; the shared file name is 3 / √2 of 5 × .9
        assertThat(((Number) mention(r, "index.js").get("weight")).doubleValue()).isCloseTo(0.382, within(0.002));
    }

    /** The mention reason of a file, included or omitted, failing when it has none. */
    private static Map<String, Object> mention(JsonPath r, String path) {
        List<Map<String, Object>> reasons = r.getList("files.find { it.path == '" + path + "' }.reasons");
        return reasons.stream().filter(reason -> "mention".equals(reason.get("signal"))).findFirst()
                .orElseThrow(() -> new AssertionError("no mention reason for " + path + " among " + reasons));
    }

    @Test
    void rank_testFile_ranksBelowItsSource_forABugfix_butNotForATestTask() {
        List<String> bugfix = ranking(context(TASK, "bugfix"));
        assertThat(bugfix).contains(TestRepo.PRICING_TEST);
        assertThat(bugfix.indexOf(TestRepo.PRICING)).isLessThan(bugfix.indexOf(TestRepo.PRICING_TEST));

        JsonPath r = context(TASK, "bugfix");
        int at = r.getList("files.path", String.class).indexOf(TestRepo.PRICING_TEST);
        if (at >= 0) {
            assertThat(r.getList("files[" + at + "].reasons.signal", String.class)).contains("file_kind");
        }

        List<String> test = ranking(context("Add tests for compute_discount_rate", "test"));
        assertThat(test.subList(0, 2)).contains(TestRepo.PRICING_TEST);
    }

    @Test
    void rank_everyReasonCarriesEvidence_andReasonsSumToTheScore() {
        JsonPath r = context(TASK, "bugfix");
        List<Map<String, Object>> files = r.getList("files");
        assertThat(files).isNotEmpty();
        for (Map<String, Object> f : files) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> reasons = (List<Map<String, Object>>) f.get("reasons");
            double sum = reasons.stream().mapToDouble(x -> ((Number) x.get("weight")).doubleValue()).sum();
            assertThat(sum).isCloseTo(((Number) f.get("score")).doubleValue(),
                    org.assertj.core.data.Offset.offset(0.01));
            assertThat(reasons).allSatisfy(x -> assertThat((String) x.get("evidence")).isNotBlank());
        }
    }

    @Test
    void rank_explore_aChangelogStaysBelowTheCode_asForAnyTask() {
        JsonPath r = context("How is the shipping cost of a cart computed for a country?", "explore");

        List<String> ranking = ranking(r);
        assertThat(ranking).contains(TestRepo.SHOP_CHANGES);
        assertThat(ranking.indexOf("shop/shipping.py")).isLessThan(ranking.indexOf(TestRepo.SHOP_CHANGES));
        List<Map<String, Object>> reasons = r.getList("files.find { it.path == '" + TestRepo.SHOP_CHANGES
                + "' }.reasons");
        assertThat(reasons).anySatisfy(reason -> {
            assertThat(reason.get("signal")).isEqualTo("file_kind");
            assertThat((String) reason.get("evidence")).startsWith("changelog (markdown)").endsWith("[× 0.15]");
        });
    }
}
