package dev.memlayer.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The one check of an error answer: the status, a JSON {@code {"error","detail"}} body, no stack trace. */
final class Problems {

    private Problems() {
    }

    static void assertProblem(Response r, int status, String error) {
        String full = r.asString();
        String body = full.length() > 400 ? full.substring(0, 400) + "…" : full;
        assertThat(r.statusCode()).as("status; body was %s", body).isEqualTo(status);
        assertThat(r.contentType()).as("content type; body was %s", body).startsWith("application/json");
        JsonPath json = new JsonPath(full);
        assertThat(json.getString("error")).as("error code; body was %s", body).isEqualTo(error);
        assertThat(json.getString("detail")).as("detail").isNotBlank();
        assertThat(full).doesNotContain("\tat ", "Exception:", "at dev.memlayer", "at io.");
    }
}
