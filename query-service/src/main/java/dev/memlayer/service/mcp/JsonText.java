package dev.memlayer.service.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tool results that are data (a project list, a JSON context response) as JSON text, written by
 * the same {@link ObjectMapper} as the HTTP API, so a tool and its endpoint return the same names.
 */
@ApplicationScoped
class JsonText {

    private final ObjectMapper json;

    JsonText(ObjectMapper json) {
        this.json = json;
    }

    String of(Object value) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
