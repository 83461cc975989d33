package dev.memlayer.bench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one JSON object a command prints last: snake_case names ({@code p99_ms}, {@code files_per_s}). */
public final class JsonOut {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private JsonOut() {
    }

    static void print(Object value) throws JsonProcessingException {
        System.out.println(MAPPER.writeValueAsString(value));
    }
}
