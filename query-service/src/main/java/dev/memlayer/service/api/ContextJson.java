package dev.memlayer.service.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.memlayer.model.api.ContextResponse;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A {@link ContextResponse} as the JSON bytes of the HTTP body, written once by a writer prepared for
 * the type from the service's one {@link ObjectMapper} (so the names and values are exactly what the
 * generic JSON provider writes). Why: a ~50 KB answer left to the provider streams out of an 8 KB
 * buffer as a chunked body, each chunk handed from the worker thread to the event loop on its own;
 * one array goes out as one write with a {@code Content-Length}.
 */
@ApplicationScoped
public class ContextJson {

    private final ObjectWriter writer;

    public ContextJson(ObjectMapper json) {
        this.writer = json.writerFor(ContextResponse.class);
    }

    public byte[] bytes(ContextResponse response) {
        try {
            return writer.writeValueAsBytes(response);
        } catch (JsonProcessingException e) {
            // records of strings and numbers always serialize; failing here is a bug, not bad input
            throw new IllegalStateException("could not write the context response as JSON", e);
        }
    }
}
