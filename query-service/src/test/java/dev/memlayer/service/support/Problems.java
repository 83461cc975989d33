package dev.memlayer.service.support;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The shape every refusal must have: the status, a JSON {@code {"error","detail"}} body, no stack trace. */
public final class Problems {

    private Problems() {
    }

    public static void assertProblem(ValidatableResponse r, int status, String error) {
        r.statusCode(status).contentType(ContentType.JSON)
                .body("error", equalTo(error))
                .body("detail", notNullValue())
                .body(not(containsString("\tat ")));
    }
}
