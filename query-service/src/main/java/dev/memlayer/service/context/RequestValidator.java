package dev.memlayer.service.context;

import dev.memlayer.model.api.ContextRequest;
import dev.memlayer.model.api.Intent;
import dev.memlayer.service.config.ServiceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Checks a {@code POST /v1/context} body against the contract and the configured limits. */
@ApplicationScoped
public class RequestValidator {

    private final ServiceConfig.Limits limits;

    public RequestValidator(ServiceConfig config) {
        this.limits = config.limits();
    }

    public ValidRequest validate(ContextRequest raw) {
        if (raw == null) {
            throw RequestRejected.badRequest("malformed_json", "the request body must be a JSON object");
        }
        ContextRequest r = raw.withDefaults();
        if (r.project() == null || r.project().isBlank()) {
            throw RequestRejected.badRequest("missing_project", "'project' is required: a project name, id or root path");
        }
        if (r.task() == null || r.task().isBlank()) {
            throw RequestRejected.badRequest("missing_task", "'task' is required and must not be blank");
        }
        if (r.task().length() > limits.maxTaskChars()) {
            throw new RequestRejected(413, "task_too_long", "'task' has " + r.task().length()
                    + " characters; the limit is " + limits.maxTaskChars());
        }
        int budget = r.budgetTokens();
        if (budget < limits.minBudget() || budget > limits.maxBudget()) {
            throw RequestRejected.badRequest("budget_out_of_range", "'budget_tokens' must be between "
                    + limits.minBudget() + " and " + limits.maxBudget() + ", got " + budget);
        }
        Optional<Intent> intent = Intent.fromWire(r.intent());
        if (intent.isEmpty() && !"auto".equalsIgnoreCase(r.intent().strip())) {
            throw RequestRejected.badRequest("unknown_intent", "'intent' must be auto, bugfix, feature, refactor, "
                    + "incident, explore or test, got '" + clip(r.intent()) + "'");
        }
        String format = r.format().strip().toLowerCase(java.util.Locale.ROOT);
        if (!format.equals("json") && !format.equals("markdown")) {
            throw RequestRejected.badRequest("unknown_format", "'format' must be json or markdown, got '"
                    + clip(r.format()) + "'");
        }
        Optional<Long> version = Optional.empty();
        Optional<String> commit = Optional.empty();
        if (r.snapshot() != null && !r.snapshot().isBlank()) {
            String s = r.snapshot().strip();
            if (s.matches("\\d{1,6}") && Long.parseLong(s) >= 1) {
                version = Optional.of(Long.parseLong(s));
            } else if (s.matches("[0-9a-fA-F]{7,64}")) {
                commit = Optional.of(s.toLowerCase(java.util.Locale.ROOT));
            } else {
                throw RequestRejected.badRequest("invalid_snapshot", "'snapshot' must be a version number >= 1 or"
                        + " a commit sha (at least 7 hex digits), got '" + clip(s) + "'");
            }
        }
        if (r.pinned().size() > limits.maxPinned() || r.exclude().size() > limits.maxExclude()) {
            throw RequestRejected.badRequest("too_many_paths", "'pinned' and 'exclude' take at most "
                    + limits.maxPinned() + " and " + limits.maxExclude() + " entries");
        }
        r.pinned().forEach(p -> checkPath("pinned", p));
        r.exclude().forEach(g -> checkPath("exclude", g));
        return new ValidRequest(r.project().strip(), r.task(), budget, intent, format.equals("markdown"),
                normalize(r.pinned()), r.exclude().stream().filter(g -> g != null && !g.isBlank()).toList(),
                version, commit);
    }

    /**
     * A pinned path or exclude glob names something inside the repository, as the manifest spells it:
     * no {@code ..} segment, no control character, no path longer than any file system allows. The
     * service never opens files, so this is about answering clearly, not about what it could read.
     */
    private void checkPath(String field, String path) {
        if (path == null) {
            return;
        }
        if (path.length() > limits.maxPathChars()) {
            throw RequestRejected.badRequest("invalid_path", "an entry of '" + field + "' has " + path.length()
                    + " characters; the limit is " + limits.maxPathChars());
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw RequestRejected.badRequest("invalid_path", "'" + field + "' entry '" + clip(printable(path))
                        + "' contains a control character");
            }
        }
        for (String segment : path.split("[/\\\\]")) {
            if (segment.equals("..")) {
                throw RequestRejected.badRequest("invalid_path", "'" + field + "' entry '" + clip(path)
                        + "' leaves the repository with '..'; give a path inside it");
            }
        }
    }

    private static String printable(String s) {
        return s.codePoints().map(c -> c < 0x20 || c == 0x7f ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static List<String> normalize(List<String> paths) {
        return paths.stream().filter(p -> p != null && !p.isBlank()).map(p -> p.strip().replace('\\', '/')).toList();
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
