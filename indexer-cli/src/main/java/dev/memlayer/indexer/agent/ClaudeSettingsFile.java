package dev.memlayer.indexer.agent;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memlayer.indexer.IndexerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Claude Code's {@code settings.json} on disk: read (a missing file is empty settings), backed up
 * before a change ({@code settings.json.memlayer-backup-<UTC time>}, byte for byte), written through
 * a temporary file and a rename, so Claude never reads half a file.
 */
final class ClaudeSettingsFile {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path file;
    private final ObjectMapper mapper;

    ClaudeSettingsFile(Path file, ObjectMapper mapper) {
        this.file = file;
        this.mapper = mapper;
    }

    ObjectNode read() {
        if (!Files.exists(file)) {
            return mapper.createObjectNode();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            JsonNode tree = text.isBlank() ? mapper.createObjectNode() : mapper.readTree(text);
            if (!(tree instanceof ObjectNode settings)) {
                throw new IndexerException(file + " does not hold a JSON object; fix it by hand first");
            }
            return settings;
        } catch (IOException e) {
            throw new IndexerException("cannot read " + file + " as JSON: " + e.getMessage(), e);
        }
    }

    /** Writes {@code settings}, first copying the current file aside; returns the backup, or null when there was no file. */
    Path write(ObjectNode settings, Clock clock) {
        try {
            Path backup = null;
            if (Files.exists(file)) {
                backup = file.resolveSibling(file.getFileName() + ".memlayer-backup-" + STAMP.format(clock.instant()));
                Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            } else if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Path tmp = file.resolveSibling("." + file.getFileName() + ".memlayer-tmp");
            Files.writeString(tmp, render(settings), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return backup;
        } catch (IOException e) {
            throw new IndexerException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Two-space indents and {@code "key": value}, as Claude Code writes the file itself. */
    private String render(ObjectNode settings) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        return mapper.writer(printer).writeValueAsString(settings) + "\n";
    }
}
