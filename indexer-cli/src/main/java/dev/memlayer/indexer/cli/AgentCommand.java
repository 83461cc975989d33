package dev.memlayer.indexer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Instance;
import dev.memlayer.indexer.agent.AgentInstaller;
import dev.memlayer.indexer.agent.AgentReport;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code memlayer agent install claude [--uninstall] [--settings FILE] [--script FILE] [--json]}. */
@Command(name = "agent", mixinStandardHelpOptions = true,
        description = "Connect coding agents to the memlayer service (Claude Code hooks).")
public class AgentCommand implements Runnable {

    @Spec
    CommandSpec spec;

    private final AgentInstaller installer;
    private final Instance<ObjectMapper> mapper;

    public AgentCommand(AgentInstaller installer, Instance<ObjectMapper> mapper) {
        this.installer = installer;
        this.mapper = mapper;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: install");
    }

    @Command(name = "install", mixinStandardHelpOptions = true, description = "Add memlayer's hooks to Claude "
            + "Code's settings.json (UserPromptSubmit, and PreToolUse for sub-agents), or remove them.")
    int install(@Parameters(paramLabel = "AGENT", description = "claude") String agent,
            @Option(names = "--uninstall", description = "remove memlayer's hooks instead") boolean uninstall,
            @Option(names = "--settings", paramLabel = "FILE", description = "the settings file (default: "
                    + "$CLAUDE_CONFIG_DIR/settings.json, else ~/.claude/settings.json)") String settings,
            @Option(names = "--script", paramLabel = "FILE", description = "the hook script (default: "
                    + "scripts/claude-hook of this memlayer)") String script,
            @Option(names = "--json", description = "print the result as one JSON object") boolean json,
            @Option(names = "--verbose", description = "print stack traces on errors") boolean verbose)
            throws Exception {
        if (!agent.equals("claude")) {
            throw new ParameterException(spec.commandLine(), "unknown agent '" + agent + "'; supported: claude");
        }
        AgentReport report = installer.claude(settings, script, uninstall);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(mapper.get().writeValueAsString(report));
        } else {
            out.println("claude: " + report.action() + " memlayer hooks in " + report.settings()
                    + (report.backup() == null ? "" : " (backup: " + report.backup() + ")")
                    + (uninstall || report.command().isEmpty() ? "" : "; they run " + report.command()));
        }
        out.flush();
        return ExitCode.OK;
    }
}
