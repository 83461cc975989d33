package dev.memlayer.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code memlayer agent install claude}: patches settings.json idempotently, with a backup, and undoes it exactly. */
@QuarkusMainTest
class AgentCommandTest {

    static final Path SCRIPT = Path.of("..", "scripts", "claude-hook").toAbsolutePath().normalize();
    static final String USER_SETTINGS = """
            {
              "model": "opus",
              "permissions": {"allow": ["Bash(mvn test:*)"]},
              "hooks": {
                "PreToolUse": [
                  {"matcher": "Bash", "hooks": [{"type": "command", "command": "~/bin/audit-bash"}]}
                ],
                "UserPromptSubmit": [
                  {"hooks": [{"type": "command", "command": "~/bin/remind-tests"}]}
                ]
              }
            }
            """;

    @TempDir
    Path tmp;

    private final ObjectMapper json = new ObjectMapper();

    private LaunchResult install(QuarkusMainLauncher launcher, Path settings, String... more) {
        String[] args = Stream.concat(Stream.of("agent", "install", "claude", "--settings", settings.toString(),
                "--script", SCRIPT.toString()), Stream.of(more)).toArray(String[]::new);
        return launcher.launch(args);
    }

    @Test
    void install_addsBothHooks_keepsTheUsersOwn_andBacksTheFileUp(QuarkusMainLauncher launcher) throws Exception {
        Path settings = tmp.resolve("settings.json");
        Files.writeString(settings, USER_SETTINGS);

        LaunchResult result = install(launcher, settings);

        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        assertThat(result.getOutput()).startsWith("claude: installed memlayer hooks in " + settings);
        JsonNode hooks = json.readTree(settings.toFile()).path("hooks");
        assertThat(hooks.path("UserPromptSubmit")).hasSize(2);
        assertThat(hooks.path("UserPromptSubmit").get(1).path("hooks").get(0).path("command").asText())
                .isEqualTo(SCRIPT.toString());
        JsonNode subAgent = hooks.path("PreToolUse").get(1);
        assertThat(subAgent.path("matcher").asText()).isEqualTo("Task|Agent");
        assertThat(subAgent.path("hooks").get(0).path("type").asText()).isEqualTo("command");
        assertThat(subAgent.path("hooks").get(0).path("timeout").asInt()).isEqualTo(5);
        assertThat(hooks.path("PreToolUse").get(0).path("matcher").asText()).isEqualTo("Bash");
        assertThat(json.readTree(settings.toFile()).path("model").asText()).isEqualTo("opus");
        assertThat(backups()).singleElement().satisfies(b -> assertThat(Files.readString(b)).isEqualTo(USER_SETTINGS));
    }

    @Test
    void install_twice_changesNothing_andUninstallRestoresTheSettings(QuarkusMainLauncher launcher) throws Exception {
        Path settings = tmp.resolve("settings.json");
        Files.writeString(settings, USER_SETTINGS);
        assertThat(install(launcher, settings).exitCode()).isZero();
        String once = Files.readString(settings);

        LaunchResult again = install(launcher, settings);

        assertThat(again.exitCode()).isZero();
        assertThat(again.getOutput()).startsWith("claude: unchanged");
        assertThat(Files.readString(settings)).isEqualTo(once);
        assertThat(backups()).hasSize(1);

        LaunchResult removed = install(launcher, settings, "--uninstall");

        assertThat(removed.exitCode()).isZero();
        assertThat(removed.getOutput()).startsWith("claude: removed");
        assertThat(json.readTree(settings.toFile())).isEqualTo(json.readTree(USER_SETTINGS));
    }

    @Test
    void install_withoutASettingsFile_createsIt(QuarkusMainLauncher launcher) throws Exception {
        Path settings = tmp.resolve("fresh/.claude/settings.json");

        assertThat(install(launcher, settings).exitCode()).isZero();

        assertThat(json.readTree(settings.toFile()).path("hooks").path("PreToolUse")).hasSize(1);
        assertThat(backups()).isEmpty();
        assertThat(install(launcher, settings, "--uninstall").exitCode()).isZero();
        assertThat(json.readTree(settings.toFile())).isEmpty();
    }

    @Test
    void install_intoBrokenJson_failsWithOneLine_andLeavesTheFileAlone(QuarkusMainLauncher launcher) throws Exception {
        Path settings = tmp.resolve("settings.json");
        Files.writeString(settings, "{\"hooks\": [oops");

        LaunchResult result = install(launcher, settings);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getErrorStream()).singleElement().asString().startsWith("memlayer: cannot read " + settings);
        assertThat(Files.readString(settings)).isEqualTo("{\"hooks\": [oops");
    }

    @Test
    void install_unknownAgent_isAUsageError(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("agent", "install", "cursor", "--settings",
                tmp.resolve("s.json").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getErrorOutput()).startsWith("memlayer: unknown agent 'cursor'");
    }

    private java.util.List<Path> backups() throws Exception {
        try (Stream<Path> files = Files.walk(tmp)) {
            return files.filter(p -> p.getFileName().toString().contains(".memlayer-backup-")).toList();
        }
    }
}
