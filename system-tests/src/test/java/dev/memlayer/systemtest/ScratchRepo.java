package dev.memlayer.systemtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * A small real git repository (JGit) of Java and Python files that call each other, so every
 * indexer stage (extract, resolve, lexical, churn) has work; {@link #change} makes the next
 * snapshot differ.
 */
final class ScratchRepo implements AutoCloseable {

    static final String PROJECT = "scratch";

    private final Path root;
    private final Git git;
    private final int files;
    private int round;

    private ScratchRepo(Path root, Git git, int files) {
        this.root = root;
        this.git = git;
        this.files = files;
    }

    /** {@code files} source files (half Java, half Python) plus a README, committed. */
    static ScratchRepo create(Path parent, int files) throws IOException, GitAPIException {
        Path root = Files.createDirectories(parent.resolve(PROJECT));
        ScratchRepo repo = new ScratchRepo(root, Git.init().setDirectory(root.toFile()).setInitialBranch("main").call(),
                files);
        for (int i = 0; i < files; i++) {
            repo.writeSource(i);
        }
        Files.writeString(root.resolve("README.md"), "# scratch\nInvoices, payments and ledgers.\n");
        repo.commit("initial");
        return repo;
    }

    Path root() {
        return root;
    }

    /** Tracked files the indexer keeps. */
    int fileCount() {
        return files + 1;
    }

    /** Rewrites {@code count} files and commits, so the next index publishes different content. */
    void change(int count) throws IOException, GitAPIException {
        round++;
        for (int k = 0; k < count; k++) {
            writeSource((round * 7 + k) % files);
        }
        commit("round " + round);
    }

    private void writeSource(int i) throws IOException {
        boolean java = i % 2 == 0;
        String body = java
                ? "package app;\n\nimport app.Ledger" + ((i + 2) % files) + ";\n\n/** Posts invoice " + i
                        + " to the ledger (round " + round + "). */\npublic class Ledger" + i + " {\n"
                        + "    private int total" + round + ";\n\n"
                        + "    public int postInvoice" + i + "(int amount) {\n"
                        + "        total" + round + " += amount;\n        return new Ledger" + ((i + 2) % files)
                        + "().postInvoice" + ((i + 2) % files) + "(amount);\n    }\n}\n"
                : "from app import payments_" + ((i + 2) % files) + "\n\n\ndef settle_payment_" + i
                        + "(amount):\n    \"\"\"Settles a payment (round " + round + ").\"\"\"\n"
                        + "    return payments_" + ((i + 2) % files) + ".settle_payment_" + ((i + 2) % files)
                        + "(amount)\n";
        Path file = root.resolve(java ? "src/app/Ledger" + i + ".java" : "py/app/payments_" + i + ".py");
        Files.createDirectories(file.getParent());
        Files.writeString(file, body.repeat(1), StandardCharsets.UTF_8);
    }

    private void commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Test", "test@example.com");
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    @Override
    public void close() {
        git.close();
    }
}
