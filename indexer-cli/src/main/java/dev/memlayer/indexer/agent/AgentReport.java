package dev.memlayer.indexer.agent;

/**
 * What {@code memlayer agent install claude} did.
 *
 * @param settings the settings file
 * @param action   {@code installed}, {@code updated}, {@code removed} or {@code unchanged}
 * @param backup   the copy made before the change; null when nothing changed or there was no file
 * @param command  the hook command the settings run (the script's absolute path)
 */
public record AgentReport(String settings, String action, String backup, String command) {
}
