package dev.memlayer.service.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memlayer.model.api.ContextRequest;
import dev.memlayer.model.api.ContextResponse;
import dev.memlayer.service.context.ContextService;
import dev.memlayer.service.support.IndexedRepoProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The context body is written to bytes by {@link ContextJson} instead of the generic JSON provider:
 * the bytes must be exactly what the service's mapper writes for the same answer, and go out as one
 * body with a length (not chunked).
 */
@QuarkusTest
@TestProfile(IndexedRepoProfile.class)
class ContextJsonTest {

    private static final List<String> TASKS = List.of(
            "fix rounding in InvoiceService total when VAT is applied",
            "invoice payment tax total discount gateway shipment tracker billing readme",
            "NullPointerException at com.acme.billing.PaymentGateway.charge(PaymentGateway.java:42) «ünïcode» \"quoted\"",
            "zebra quux frobnicate");

    @Inject
    ContextService service;

    @Inject
    ContextJson json;

    @Inject
    ObjectMapper mapper;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void bytes_realAnswers_equalTheGenericMappersOutput(int task) throws Exception {
        ContextResponse answer = service.answer(new ContextRequest("billing", TASKS.get(task), 4000, null, null,
                List.of("README.md"), List.of("src/test/**"), null)).response();

        String generic = mapper.writeValueAsString(answer);
        assertThat(new String(json.bytes(answer), StandardCharsets.UTF_8)).isEqualTo(generic);
        assertThat(generic).contains("\"omitted\":", "\"timings_ms\":", "\"context\":");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void endpoint_sendsOneBodyWithALength_thatReadsBackAsTheServicesAnswer(int task) throws Exception {
        Map<String, Object> body = Map.of("project", "billing", "task", TASKS.get(task), "budget_tokens", 4000);
        Response http = given().contentType(ContentType.JSON).body(body).when().post("/v1/context")
                .then().statusCode(200).contentType(ContentType.JSON).extract().response();

        byte[] bytes = http.asByteArray();
        assertThat(http.header("Transfer-Encoding")).isNull();
        assertThat(http.header("Content-Length")).isEqualTo(Integer.toString(bytes.length));
        ObjectNode received = (ObjectNode) mapper.readTree(bytes);
        // through text on both sides: a tree built from objects keeps a long a LongNode, parsed text has an IntNode
        ObjectNode direct = (ObjectNode) mapper.readTree(mapper.writeValueAsString(service.answer(
                mapper.convertValue(body, ContextRequest.class)).response()));
        for (ObjectNode node : List.of(received, direct)) {
            node.remove("timings_ms");
            ((ObjectNode) node.get("snapshot").get("freshness")).remove("age_seconds");
        }
        assertThat(received).isEqualTo(direct);
    }
}
