package dev.memlayer.indexer.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memlayer.indexer.IndexerException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * memlayer's entries in Claude Code's settings: under {@code "hooks"}, a {@code UserPromptSubmit}
 * group and a {@code PreToolUse} group matching the sub-agent tool ({@code Task}, named
 * {@code Agent} since Claude Code 2.1.63; the matcher is a regular expression), each with one
 * command handler. A handler is memlayer's when its command runs a file named {@code claude-hook}.
 * Pure: takes a settings tree, returns a new one.
 */
final class ClaudeSettings {

    static final String SCRIPT_NAME = "claude-hook";
    static final String SUB_AGENT_MATCHER = "Task|Agent";
    /** Seconds Claude Code gives the hook; the script itself gives up after one. */
    static final int TIMEOUT_SECONDS = 5;
    private static final String HOOKS = "hooks";

    private ClaudeSettings() {
    }

    /** {@code settings} with memlayer's two groups, replacing any earlier memlayer handlers. */
    static ObjectNode install(ObjectNode settings, String command) {
        ObjectNode patched = uninstall(settings);
        ObjectNode hooks = patched.has(HOOKS) ? (ObjectNode) patched.get(HOOKS) : patched.putObject(HOOKS);
        event(hooks, "UserPromptSubmit").add(group(null, command));
        event(hooks, "PreToolUse").add(group(SUB_AGENT_MATCHER, command));
        return patched;
    }

    /** {@code settings} without memlayer's handlers; groups, events and a hooks object left empty go too. */
    static ObjectNode uninstall(ObjectNode settings) {
        ObjectNode copy = settings.deepCopy();
        JsonNode hooks = copy.get(HOOKS);
        if (hooks == null) {
            return copy;
        }
        if (!hooks.isObject()) {
            throw new IndexerException("\"hooks\" in the Claude settings is not an object; fix it by hand first");
        }
        ObjectNode events = (ObjectNode) hooks;
        boolean removed = false;
        for (String event : iterable(events.fieldNames())) {
            if (events.get(event) instanceof ArrayNode groups && removeOurs(groups)) {
                removed = true;
                if (groups.isEmpty()) {
                    events.remove(event);
                }
            }
        }
        if (removed && hooks.isEmpty()) {
            copy.remove(HOOKS);
        }
        return copy;
    }

    /** Drops memlayer's handlers from each group, and groups left empty by that; true when any was dropped. */
    private static boolean removeOurs(ArrayNode groups) {
        boolean removed = false;
        for (int g = groups.size() - 1; g >= 0; g--) {
            if (groups.get(g).get(HOOKS) instanceof ArrayNode handlers && !handlers.isEmpty()) {
                for (int h = handlers.size() - 1; h >= 0; h--) {
                    if (isOurs(handlers.get(h))) {
                        handlers.remove(h);
                        removed = true;
                    }
                }
                if (handlers.isEmpty()) {
                    groups.remove(g);
                }
            }
        }
        return removed;
    }

    private static <T> List<T> iterable(Iterator<T> it) {
        List<T> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }

    /** Whether a handler runs memlayer's script, wherever the checkout was when it was installed. */
    static boolean isOurs(JsonNode handler) {
        String command = handler.path("command").asText("").strip().replace("'", "").replace("\"", "");
        return command.equals(SCRIPT_NAME) || command.endsWith("/" + SCRIPT_NAME);
    }

    private static ArrayNode event(ObjectNode hooks, String name) {
        JsonNode existing = hooks.get(name);
        if (existing == null) {
            return hooks.putArray(name);
        }
        if (!existing.isArray()) {
            throw new IndexerException("\"hooks\"." + name + " in the Claude settings is not a list; fix it by hand first");
        }
        return (ArrayNode) existing;
    }

    private static ObjectNode group(String matcher, String command) {
        ObjectNode group = JsonNodeFactory.instance.objectNode();
        if (matcher != null) {
            group.put("matcher", matcher);
        }
        ObjectNode handler = group.putArray(HOOKS).addObject();
        handler.put("type", "command");
        handler.put("command", command);
        handler.put("timeout", TIMEOUT_SECONDS);
        return group;
    }
}
