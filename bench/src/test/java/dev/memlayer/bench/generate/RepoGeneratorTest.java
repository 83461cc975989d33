package dev.memlayer.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepoGeneratorTest {

    private static final Pattern JAVA_IMPORT = Pattern.compile("^import (com\\.acme\\.platform\\.[\\w.]+);$",
            Pattern.MULTILINE);
    private static final Pattern TS_IMPORT = Pattern.compile("from '(\\.[^']+)';");
    private static final Pattern PY_IMPORT = Pattern.compile("^from (acme\\.[\\w.]+) import", Pattern.MULTILINE);

    @TempDir
    Path temp;

    @Test
    void generate_writesEveryPlannedFileInACleanWorkTreeWithTheHistory() throws Exception {
        RepoPlan plan = RepoPlan.of(200, 5);

        GeneratedRepo repo = RepoGenerator.generate(plan, 40, temp.resolve("repo"));

        try (Git git = Git.open(repo.dir().toFile())) {
            assertThat(git.status().call().isClean()).isTrue();
            List<RevCommit> commits = new ArrayList<>();
            git.log().call().forEach(commits::add);
            assertThat(commits).hasSize(40);
            assertThat(commits.get(commits.size() - 1).getFullMessage()).startsWith("Initial import");
            assertThat(git.getRepository().readDirCache().getEntryCount()).isEqualTo(200);
        }
        assertThat(repo.files()).isEqualTo(200);
        assertThat(workTreeFiles(repo.dir())).hasSize(200);
    }

    @Test
    void generate_javaTypeScriptAndPythonImportsNameFilesThatExist() throws Exception {
        Path dir = RepoGenerator.generate(RepoPlan.of(250, 9), 25, temp.resolve("repo")).dir();
        int checked = 0;
        for (Path file : workTreeFiles(dir)) {
            String text = Files.readString(file);
            String name = file.toString();
            if (name.endsWith(".java")) {
                checked += assertEach(JAVA_IMPORT.matcher(text),
                        m -> dir.resolve("java/src/main/java/" + m.group(1).replace('.', '/') + ".java"));
            } else if (name.endsWith(".ts")) {
                checked += assertEach(TS_IMPORT.matcher(text), m -> file.getParent().resolve(m.group(1) + ".ts"));
            } else if (name.endsWith(".py")) {
                checked += assertEach(PY_IMPORT.matcher(text),
                        m -> dir.resolve("python/" + m.group(1).replace('.', '/') + ".py"));
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void generate_sameSeedTwice_sameCommits() throws Exception {
        RepoPlan plan = RepoPlan.of(120, 3);

        GeneratedRepo first = RepoGenerator.generate(plan, 25, temp.resolve("a"));
        GeneratedRepo second = RepoGenerator.generate(plan, 25, temp.resolve("b"));

        assertThat(head(second.dir())).isEqualTo(head(first.dir()));
    }

    @Test
    void history_changesClustersOfFilesTogether() throws Exception {
        Path dir = RepoGenerator.generate(RepoPlan.of(250, 11), 50, temp.resolve("repo")).dir();
        int multiFile = 0;
        try (Git git = Git.open(dir.toFile())) {
            for (RevCommit commit : git.log().call()) {
                if (commit.getParentCount() == 1) {
                    var diff = git.diff().setOldTree(tree(git, commit.getParent(0)))
                            .setNewTree(tree(git, commit)).call();
                    if (diff.size() >= 2) {
                        multiFile++;
                    }
                }
            }
        }
        assertThat(multiFile).isGreaterThan(25);
    }

    private static org.eclipse.jgit.treewalk.AbstractTreeIterator tree(Git git, RevCommit commit) throws IOException {
        try (var walk = new org.eclipse.jgit.revwalk.RevWalk(git.getRepository());
             var reader = git.getRepository().newObjectReader()) {
            var parser = new org.eclipse.jgit.treewalk.CanonicalTreeParser();
            parser.reset(reader, walk.parseCommit(commit).getTree());
            return parser;
        }
    }

    private static int assertEach(Matcher matcher, java.util.function.Function<Matcher, Path> target) {
        int count = 0;
        while (matcher.find()) {
            assertThat(target.apply(matcher)).as(matcher.group()).isRegularFile();
            count++;
        }
        return count;
    }

    private static String head(Path dir) throws IOException {
        try (Git git = Git.open(dir.toFile())) {
            return git.getRepository().resolve("HEAD").name();
        }
    }

    private static List<Path> workTreeFiles(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> !p.startsWith(dir.resolve(".git")) && Files.isRegularFile(p)).toList();
        }
    }
}
