package dev.memlayer.indexer.cli;

import io.smallrye.config.SmallRyeConfig;
import java.util.logging.Handler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * Logging of {@link StandaloneIndex}: the JBoss LogManager Quarkus installs, set up from the same
 * {@code quarkus.log.*} settings (root level, console format, {@code quarkus.log.category."NAME".level})
 * on stderr, so a warning reads the same either way and
 * {@code -Dquarkus.log.category."dev.memlayer.indexer.pipeline".level=DEBUG} still prints the stage times.
 */
final class StandaloneLogging {

    private static final String CATEGORY = "quarkus.log.category.\"";
    private static final String LEVEL = "\".level";
    /** Quarkus's defaults, for a build whose application.properties sets neither. */
    private static final String DEFAULT_FORMAT = "%d{HH:mm:ss,SSS} %-5p [%c{3.}] (%t) %s%e%n";
    private static final String DEFAULT_LEVEL = "INFO";

    private StandaloneLogging() {
    }

    /**
     * First thing in {@code main}: java.util.logging picks its manager once, when first used. Also
     * initialises it on this thread (two threads that first log at once, the warm-up's JGit and the
     * configuration's SmallRye, could deadlock in the JDK's and the LogManager's initialisation), and
     * lets only errors through until {@link #configure} has the configured levels.
     */
    static void selectManager() {
        System.setProperty("java.util.logging.manager", org.jboss.logmanager.LogManager.class.getName());
        java.util.logging.LogManager.getLogManager();
        LogContext.getLogContext().getLogger("").setLevel(org.jboss.logmanager.Level.ERROR);
    }

    static void configure(SmallRyeConfig config) {
        configure(config, LogContext.getLogContext());
    }

    /** Levels first, then the one console handler: a record logged meanwhile is never printed at an old level. */
    static void configure(SmallRyeConfig config, LogContext context) {
        Logger root = context.getLogger("");
        root.setLevel(context.getLevelForName(
                config.getOptionalValue("quarkus.log.level", String.class).orElse(DEFAULT_LEVEL)));
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(CATEGORY) && name.endsWith(LEVEL) && name.length() > CATEGORY.length() + LEVEL.length()) {
                String category = name.substring(CATEGORY.length(), name.length() - LEVEL.length());
                context.getLogger(category).setLevel(context.getLevelForName(config.getValue(name, String.class)));
            }
        }
        String format = config.getOptionalValue("quarkus.log.console.format", String.class).orElse(DEFAULT_FORMAT);
        root.setHandlers(new Handler[] {new ConsoleHandler(ConsoleHandler.Target.SYSTEM_ERR, new PatternFormatter(format))});
    }
}
