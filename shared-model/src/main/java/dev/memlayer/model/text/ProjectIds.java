package dev.memlayer.model.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The one rule for a project's id: a short hash of its canonical root path. */
public final class ProjectIds {

    private static final int HEX_CHARS = 16;

    private ProjectIds() {
    }

    /**
     * Id for a root that is already canonical ({@code Path.toRealPath()}); the separator is
     * normalized to {@code /} so the same tree gets the same id whatever the platform.
     */
    public static String fromCanonicalRoot(Path canonicalRoot) {
        String normalized = canonicalRoot.toString().replace('\\', '/');
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
