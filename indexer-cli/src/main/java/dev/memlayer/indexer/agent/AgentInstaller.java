package dev.memlayer.indexer.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memlayer.indexer.IndexerException;
import dev.memlayer.indexer.config.IndexerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** The service behind {@code memlayer agent install claude [--uninstall]}. */
@ApplicationScoped
public class AgentInstaller {

    /** Claude Code's own setting for where its configuration lives (default {@code ~/.claude}). */
    static final String CLAUDE_CONFIG_DIR = "CLAUDE_CONFIG_DIR";

    private final IndexerConfig config;
    private final ObjectMapper mapper;
    private final Clock clock;

    public AgentInstaller(IndexerConfig config, ObjectMapper mapper, Clock clock) {
        this.config = config;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * @param settings the settings file (--settings), or null for Claude Code's user settings
     * @param script   the hook script (--script), or null for scripts/claude-hook of this memlayer
     */
    public AgentReport claude(String settings, String script, boolean uninstall) {
        Path file = settingsFile(settings);
        ClaudeSettingsFile onDisk = new ClaudeSettingsFile(file, mapper);
        ObjectNode before = onDisk.read();
        String command = uninstall ? "" : command(scriptFile(script));
        ObjectNode after = uninstall ? ClaudeSettings.uninstall(before) : ClaudeSettings.install(before, command);
        if (after.equals(before) && Files.exists(file)) {
            return new AgentReport(file.toString(), "unchanged", null, command);
        }
        boolean had = ClaudeSettings.uninstall(before).equals(before);
        Path backup = onDisk.write(after, clock);
        String action = uninstall ? "removed" : had ? "installed" : "updated";
        return new AgentReport(file.toString(), action, backup == null ? null : backup.toString(), command);
    }

    private static Path settingsFile(String explicit) {
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        String dir = System.getenv(CLAUDE_CONFIG_DIR);
        Path base = dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".claude");
        return base.resolve("settings.json").toAbsolutePath().normalize();
    }

    /** --script, else scripts/claude-hook under MEMLAYER_HOME, else beside the checkout this jar was built in. */
    private Path scriptFile(String explicit) {
        Path candidate;
        if (explicit != null && !explicit.isBlank()) {
            candidate = Path.of(explicit);
        } else if (config.home().isPresent()) {
            candidate = Path.of(config.home().get(), "scripts", ClaudeSettings.SCRIPT_NAME);
        } else {
            // <home>/indexer-cli/target/quarkus-app/quarkus-run.jar -> <home>/scripts/claude-hook
            Path jar = Path.of(System.getProperty("java.class.path")).toAbsolutePath().normalize();
            Path home = jar.getNameCount() > 4 ? jar.getParent().getParent().getParent().getParent() : jar;
            candidate = home.resolve("scripts").resolve(ClaudeSettings.SCRIPT_NAME);
        }
        Path abs = candidate.toAbsolutePath().normalize();
        if (!Files.isExecutable(abs)) {
            throw new IndexerException("no executable hook script at " + abs + "; run through scripts/memlayer or "
                    + "pass --script /path/to/memlayer/scripts/claude-hook");
        }
        return abs;
    }

    /** The command line Claude Code runs through the shell: the path, quoted when it needs to be. */
    static String command(Path script) {
        String path = script.toString();
        return path.matches("[A-Za-z0-9_./+-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }
}
