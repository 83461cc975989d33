package dev.memlayer.service.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Collection;

/**
 * How the service reads JSON, for every resource at once. Nesting is capped far below Jackson's
 * 1000 (no request of ours nests more than three levels; deep nesting only costs stack and time),
 * and a field our request records do not declare is refused with its name: an agent that writes
 * {@code budget} for {@code budget_tokens} should hear so, not silently get the default.
 * Classes outside {@code dev.memlayer} (MCP envelopes, libraries) keep Jackson's lenient default.
 * Text after the document is refused.
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {

    /** Deepest JSON a request may nest; our bodies need 3. */
    static final int MAX_NESTING_DEPTH = 64;

    private static final String OUR_PACKAGE = "dev.memlayer.";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .build());
        mapper.addHandler(new RefuseUnknownFields());
        // "{...} trailing" is not one JSON document; reading the first value and ignoring the rest hides bugs
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private static final class RefuseUnknownFields extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) throws IOException {
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
            if (!type.getName().startsWith(OUR_PACKAGE)) {
                return false;
            }
            Collection<Object> known = deserializer.getKnownPropertyNames();
            throw UnrecognizedPropertyException.from(p, beanOrClass, propertyName, known);
        }
    }
}
