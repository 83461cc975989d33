package dev.memlayer.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a migration script into statements. JDBC runs one statement per call, so the script is
 * cut at a {@code ;} that ends a line; a {@code CREATE TRIGGER} body runs until its {@code END;}.
 * Lines starting with {@code --} are comments.
 */
final class SqlScript {

    private SqlScript() {
    }

    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String raw : script.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("--")) {
                continue;
            }
            if (current.isEmpty()) {
                inTrigger = line.toUpperCase(Locale.ROOT).matches("CREATE\\s+(TEMP\\s+)?TRIGGER\\b.*");
            }
            current.append(raw).append('\n');
            boolean ends = inTrigger ? line.equalsIgnoreCase("END;") : line.endsWith(";");
            if (ends) {
                out.add(current.toString().strip());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return List.copyOf(out);
    }
}
