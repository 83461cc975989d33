package dev.memlayer.service.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.memlayer.model.api.Problem;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Turns a Jackson failure into the problem a client can act on: which field, what was wrong. */
final class JsonProblems {

    private JsonProblems() {
    }

    static Problem of(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return new Problem("unknown_field", "unknown field '" + clip(u.getPropertyName()) + "'"
                    + knownFields(u.getKnownPropertyIds()));
        }
        if (e instanceof StreamConstraintsException) {
            String detail = firstLine(e.getOriginalMessage());
            return detail.contains("nesting depth")
                    ? new Problem("too_deep", "the JSON nests deeper than " + JsonLimits.MAX_NESTING_DEPTH + " levels")
                    : new Problem("json_limit", "the JSON exceeds a parser limit: " + detail);
        }
        if (e instanceof InputCoercionException c) {
            return new Problem("invalid_field", "a number is out of range" + currentField(c.getProcessor()) + ": "
                    + firstLine(e.getOriginalMessage()));
        }
        if (e instanceof JsonMappingException m && m.getCause() instanceof InputCoercionException c) {
            return new Problem("invalid_field", "a number is out of range" + field(m) + ": "
                    + firstLine(c.getOriginalMessage()));
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause();
            String why = cause == null || cause.getMessage() == null
                    ? "a field or list element is null where a value is required"
                    : firstLine(cause.getMessage());
            return new Problem("invalid_field", "the request could not be built" + field(v) + ": " + why);
        }
        if (e instanceof MismatchedInputException m) {
            return new Problem("invalid_field", wrongType(m));
        }
        return new Problem("malformed_json", "the request body is not valid JSON: " + firstLine(e.getOriginalMessage()));
    }

    /**
     * What a field should have been, in JSON's words: Jackson's own message names Java types ({@code
     * java.util.ArrayList}, our record classes) that mean nothing to a client.
     */
    private static String wrongType(MismatchedInputException m) {
        List<JsonMappingException.Reference> path = m.getPath();
        String expected = jsonKind(m.getTargetType());
        if (path.isEmpty()) {
            return "the request body must be a JSON object";
        }
        boolean element = path.get(path.size() - 1).getIndex() >= 0;
        return "'" + fieldName(path) + "' must " + (element ? "hold " + plural(expected) + " only" : "be " + expected);
    }

    private static String jsonKind(Class<?> type) {
        if (type == null) {
            return "another JSON type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "a JSON object";
    }

    private static String plural(String kind) {
        return switch (kind) {
            case "a whole number" -> "whole numbers";
            case "a number" -> "numbers";
            case "a string" -> "strings";
            case "an array" -> "arrays";
            case "true or false" -> "true or false";
            default -> "JSON objects";
        };
    }

    private static String fieldName(List<JsonMappingException.Reference> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).getFieldName() != null) {
                return clip(path.get(i).getFieldName());
            }
        }
        return "";
    }

    private static String field(JsonMappingException e) {
        String name = fieldName(e.getPath());
        return name.isEmpty() ? "" : " at '" + name + "'";
    }

    private static String currentField(Object processor) {
        if (processor instanceof JsonParser p) {
            String name = p.getParsingContext() == null ? null : p.getParsingContext().getCurrentName();
            if (name != null) {
                return " at '" + clip(name) + "'";
            }
        }
        return "";
    }

    private static String knownFields(Collection<Object> known) {
        if (known == null || known.isEmpty()) {
            return "";
        }
        TreeSet<String> names = new TreeSet<>();
        known.forEach(k -> names.add(String.valueOf(k)));
        return "; known fields: " + String.join(", ", names);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "no detail";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static String clip(String s) {
        return s == null ? "" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
