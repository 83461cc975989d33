package dev.memlayer.indexer.hook;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The outcome of {@code memlayer hook install|uninstall|status} for one work tree.
 *
 * @param root     the work tree root
 * @param hooksDir where git looks for its hooks ({@code core.hooksPath} or the common git dir)
 * @param log      the hook log under the data directory
 * @param changes  what install or uninstall did, one per hook (empty for status)
 * @param hooks    each hook as it is now
 */
public record HookReport(String root, @JsonProperty("hooks_dir") String hooksDir, String log,
        List<HookChange> changes, List<HookState> hooks) {

    public HookReport {
        changes = List.copyOf(changes);
        hooks = List.copyOf(hooks);
    }
}
