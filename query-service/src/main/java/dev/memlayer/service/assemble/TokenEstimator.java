package dev.memlayer.service.assemble;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service's one token estimator: jtokkit {@code cl100k_base}. Special-token text inside files
 * is counted as ordinary text (never rejected). Token counts of whole file contents are
 * remembered by content hash (a file's text never changes under its hash), so deciding whether a
 * file fits whole costs a lookup after the first request.
 *
 * <p>Any text is counted line by line: cl100k's pre-split never joins a newline with a following
 * line that has a visible character (a run of whitespace ends its piece at its last newline, and
 * no other piece crosses a newline), and byte-pair merges never cross a pre-split piece, so the
 * tokens of such a line boundary add exactly. The count of each line is remembered by its text:
 * the same source lines come back in snippets, outlines and whole files of later requests, and a
 * lookup costs far less than a byte-pair encoding. Lines that start blank or with other
 * whitespace stay joined to the line before, where the sum would not be exact.
 */
@Singleton // no client proxy: assembly calls it hundreds of times per request
public class TokenEstimator {

    /** Remembered content counts; the map is simply cleared when full (entries are cheap to redo). */
    static final int MAX_REMEMBERED = 200_000;
    /** Remembered line counts, cleared when full likewise (a line of source is ~40 characters). */
    static final int MAX_LINES = 250_000;

    private final Encoding encoding;
    private final ConcurrentHashMap<String, Integer> remembered = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Integer> lines = new ConcurrentHashMap<>();

    public TokenEstimator() {
        this.encoding = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);
    }

    /** Reported as {@code budget.estimator}. */
    public String name() {
        return encoding.getName();
    }

    /** The exact cl100k count of {@code text}, as jtokkit counts it whole. */
    public int count(String text) {
        int total = 0;
        int start = 0;
        int n = text.length();
        for (int nl = text.indexOf('\n'); nl >= 0 && nl + 1 < n; nl = text.indexOf('\n', nl + 1)) {
            if (startsVisibleLine(text, nl + 1)) {
                total += line(text.substring(start, nl + 1));
                start = nl + 1;
            }
        }
        return start < n ? total + line(start == 0 ? text : text.substring(start)) : total;
    }

    private int line(String line) {
        Integer known = lines.get(line);
        if (known != null) {
            return known;
        }
        int n = encoding.countTokensOrdinary(line);
        if (lines.size() >= MAX_LINES) {
            lines.clear();
        }
        lines.put(line, n);
        return n;
    }

    /**
     * Whether {@link #count} of the parts joined equals the sum of their counts, by this estimator's
     * own rule rather than by trust: each part but the last ends with a newline and each but the first
     * starts a visible line, so every join is a boundary where {@link #count} cuts the joined text
     * anyway, and it cuts inside each part exactly where it cuts the part alone. Empty parts are
     * skipped. Checking this costs a character per part, where counting the joined text again costs
     * a lookup per line.
     */
    public boolean addsUp(List<String> parts) {
        boolean first = true;
        boolean endedLine = true;
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            if (!first && !(endedLine && startsVisibleLine(part, 0))) {
                return false;
            }
            first = false;
            endedLine = part.charAt(part.length() - 1) == '\n';
        }
        return true;
    }

    /**
     * Whether the line at {@code at} (just after a newline) has, after spaces and tabs only, a
     * character that is surely not whitespace: printable ASCII or a letter or digit.
     */
    static boolean startsVisibleLine(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                continue;
            }
            return c > ' ' && c < 0x7f || Character.isLetterOrDigit(c);
        }
        return false;
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
