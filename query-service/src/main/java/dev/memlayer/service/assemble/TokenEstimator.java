package dev.memlayer.service.assemble;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service's one token estimator: jtokkit {@code cl100k_base}. Special-token text inside files
 * is counted as ordinary text (never rejected). Token counts of whole file contents are
 * remembered by content hash (a file's text never changes under its hash), so deciding whether a
 * file fits whole costs a lookup after the first request.
 */
@ApplicationScoped
public class TokenEstimator {

    /** Remembered content counts; the map is simply cleared when full (entries are cheap to redo). */
    static final int MAX_REMEMBERED = 200_000;

    private final Encoding encoding;
    private final ConcurrentHashMap<String, Integer> remembered = new ConcurrentHashMap<>();

    public TokenEstimator() {
        this.encoding = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);
    }

    /** Reported as {@code budget.estimator}. */
    public String name() {
        return encoding.getName();
    }

    public int count(String text) {
        return text.isEmpty() ? 0 : encoding.countTokensOrdinary(text);
    }

    /** Tokens of a file's whole text, remembered by its content hash. */
    int countContent(String contentHash, String text) {
        return remembered("c\0" + contentHash, text);
    }

    /**
     * Tokens of a rendered section whose text is fully determined by {@code key} (e.g. path and
     * content hash for a whole-file section), remembered under that key.
     */
    int countSection(String key, String section) {
        return remembered("s\0" + key, section);
    }

    /** The remembered count of a section key, or -1 when it was not counted yet. */
    int rememberedSection(String key) {
        Integer known = remembered.get("s\0" + key);
        return known == null ? -1 : known;
    }

    private int remembered(String key, String text) {
        Integer known = remembered.get(key);
        if (known != null) {
            return known;
        }
        int n = count(text);
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(key, n);
        return n;
    }
}
