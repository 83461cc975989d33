package dev.memlayer.service.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.memlayer.schema.Migrator;
import dev.memlayer.schema.SqliteSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongFunction;
import java.util.Set;
import java.util.HashSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lexical search scores a view's files by BM25 with the view's own statistics, from FTS5's per-term
 * parts: checked against BM25 computed here from the rows' known words (random word bags, ties, rows of
 * no file of the view, rows shared by two files), unchanged when rows of other views join the table,
 * and read again when the index changes.
 */
class LexicalSearchTest {

    private static final String[] WORDS = {"parse", "header", "parse_header", "buffer", "buffers", "total",
        "wrap", "limit", "retry", "timeout", "invoice", "ledger", "render", "review", "error", "zero", "a1",
        "classes", "class", "quota"};
    /** FTS5's porter stemmer folds these (the only ones of {@link #WORDS} that share a token). */
    private static final Map<String, String> STEM = Map.of("buffers", "buffer", "classes", "class");
    private static final double[] COLUMN_WEIGHTS = {LexicalSearch.W_SYMBOLS, LexicalSearch.W_DOCS, LexicalSearch.W_BODY};

    @TempDir
    Path dir;

    private Path db;
    private ReaderPool pool;
    private final Map<Long, int[]> filesByRow = new HashMap<>();
    private final Map<Long, String[]> textByRow = new HashMap<>();

    @BeforeEach
    void createIndex() throws SQLException {
        db = dir.resolve("lexical.db");
        try (Connection c = SqliteSettings.writer(db).getConnection()) {
            new Migrator(Clock.systemUTC()).migrate(c);
        }
        addRows(1, 300, new Random(7), true);
        pool = LoadedViews.pool(db);
    }

    @AfterEach
    void closePool() {
        LoadedViews.close(pool);
    }

    /**
     * Rows {@code from..to}: random word bags of random lengths, every fifth a copy of the previous (a
     * tie); {@code inView}: some rows of no file (other snapshots), some of two files; else of none.
     */
    private void addRows(long from, long to, Random random, boolean inView) throws SQLException {
        try (Connection c = SqliteSettings.writer(db).getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO lexical (rowid, symbols, docs, body) VALUES (?, ?, ?, ?)")) {
            String[] previous = null;
            for (long row = from; row <= to; row++) {
                String[] columns = row % 5 == 0 && previous != null ? previous
                        : new String[] {bag(random, random.nextInt(6)), bag(random, random.nextInt(15)),
                            bag(random, 1 + random.nextInt(80))};
                ps.setLong(1, row);
                ps.setString(2, columns[0]);
                ps.setString(3, columns[1]);
                ps.setString(4, columns[2]);
                ps.executeUpdate();
                previous = columns;
                textByRow.put(row, columns);
                int file = (int) row;
                filesByRow.put(row, !inView || row % 7 == 0 ? new int[0]
                        : row % 11 == 0 ? new int[] {file, file + 10_000} : new int[] {file});
            }
        }
    }

    private static String bag(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return sb.toString();
    }

    private List<String> randomTerms(Random random) {
        List<String> terms = new ArrayList<>();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            terms.add(random.nextInt(10) == 0 ? "Missing" + i : WORDS[random.nextInt(WORDS.length)]);
        }
        return terms;
    }

    /** The test's rows as a view's content table: file → row, files without a row left at 0. */
    private ContentFiles contentFiles() {
        long[] ids = new long[20_000];
        filesByRow.forEach((row, files) -> {
            for (int f : files) {
                ids[f] = row;
            }
        });
        return new ContentFiles(ids);
    }

    private LexicalSearch.Hit[] search(LexicalSearch search, List<String> terms, LexicalSearch.Wanted wanted)
            throws SQLException {
        double[] weights = new double[terms.size()];
        Arrays.fill(weights, 1.0);
        return search(search, terms, weights, wanted);
    }

    private LexicalSearch.Hit[] search(LexicalSearch search, List<String> terms, double[] weights,
            LexicalSearch.Wanted wanted) throws SQLException {
        ContentFiles contents = contentFiles();
        RowLengths lengths;
        try (Connection c = pool.connection()) {
            lengths = RowLengths.load(c, contents);
        }
        return search.search(new RowOrdinals(contents, lengths), terms, weights, wanted).toArray(new LexicalSearch.Hit[0]);
    }

    private static String token(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return STEM.getOrDefault(lower, lower);
    }

    /** BM25 of every row of the view, from the rows' words: Lucene's idf and the average length over the view's rows. */
    private Map<Long, Double> expectedScores(List<String> terms, double[] weights) {
        List<Long> viewRows = filesByRow.entrySet().stream().filter(e -> e.getValue().length > 0)
                .map(Map.Entry::getKey).toList();
        Map<Long, Integer> lengths = new HashMap<>();
        long total = 0;
        for (long row : viewRows) {
            int length = 0;
            for (String column : textByRow.get(row)) {
                length += column.isBlank() ? 0 : column.trim().split(" ").length;
            }
            lengths.put(row, length);
            total += length;
        }
        double average = (double) total / viewRows.size();
        Map<Long, Double> scores = new HashMap<>();
        for (int t = 0; t < terms.size(); t++) {
            String token = token(terms.get(t));
            double weight = weights[t];
            Map<Long, Double> frequency = new HashMap<>();
            for (long row : viewRows) {
                double f = 0;
                String[] columns = textByRow.get(row);
                for (int c = 0; c < columns.length; c++) {
                    for (String w : columns[c].trim().split(" ")) {
                        if (!w.isEmpty() && token(w).equals(token)) {
                            f += COLUMN_WEIGHTS[c];
                        }
                    }
                }
                if (f > 0) {
                    frequency.put(row, f);
                }
            }
            double n = frequency.size();
            double idf = Math.log(1 + (viewRows.size() - n + 0.5) / (n + 0.5));
            frequency.forEach((row, f) -> scores.merge(row, weight * idf * f * (ViewBm25.K1 + 1)
                    / (f + ViewBm25.K1 * (1 - ViewBm25.B + ViewBm25.B * lengths.get(row) / average)), Double::sum));
        }
        return scores;
    }

    /** The hits are the view's matching files by expected score (ties by row), each with its expected score. */
    private void assertScoredAsTheViewsBm25(LexicalSearch.Hit[] hits, List<String> terms, int wanted) {
        double[] weights = new double[terms.size()];
        Arrays.fill(weights, 1.0);
        assertScoredAsTheViewsBm25(hits, terms, weights, wanted);
    }

    private void assertScoredAsTheViewsBm25(LexicalSearch.Hit[] hits, List<String> terms, double[] weights,
            int wanted) {
        Map<Long, Double> expected = expectedScores(terms, weights);
        Map<Integer, Long> rowOfFile = new HashMap<>();
        filesByRow.forEach((row, files) -> {
            for (int f : files) {
                rowOfFile.put(f, row);
            }
        });
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < hits.length; i++) {
            long row = rowOfFile.get(hits[i].file());
            assertThat(hits[i].score()).as("terms %s, row %d", terms, row).isCloseTo(expected.get(row), within(1e-9));
            if (i > 0) {
                assertThat(hits[i].score()).isLessThanOrEqualTo(hits[i - 1].score() + 1e-12);
            }
            seen.add(hits[i].file());
        }
        long matching = rowOfFile.entrySet().stream().filter(e -> expected.containsKey(e.getValue())).count();
        assertThat(seen).hasSize((int) Math.min(matching, hits.length));
        assertThat(hits.length).isGreaterThanOrEqualTo((int) Math.min(matching, wanted));
    }

    @Test
    void search_randomTerms_scoresTheViewsFilesByBm25OverTheViewsOwnRows() throws SQLException {
        LexicalSearch search = new LexicalSearch(pool);
        Random random = new Random(42);
        int compared = 0;
        for (int i = 0; i < 200; i++) {
            List<String> terms = randomTerms(random);
            int wanted = 1 + random.nextInt(300);
            LexicalSearch.Hit[] hits = search(search, terms, LexicalSearch.Wanted.first(wanted));
            assertScoredAsTheViewsBm25(hits, terms, wanted);
            assertThat(search(search, terms, LexicalSearch.Wanted.first(wanted))).as("again, remembered").isEqualTo(hits);
            compared += hits.length;
        }
        assertThat(compared).as("hits compared").isGreaterThan(5_000);
    }

    @Test
    void search_weightedTerms_scoresEachTermsPartTimesItsWeight() throws SQLException {
        LexicalSearch search = new LexicalSearch(pool);
        Random random = new Random(5);
        boolean orderChanged = false;
        for (int i = 0; i < 100; i++) {
            List<String> terms = randomTerms(random);
            double[] weights = new double[terms.size()];
            for (int t = 0; t < weights.length; t++) {
                weights[t] = random.nextBoolean() ? 1.0 : 0.25 + random.nextDouble() / 2;
            }
            LexicalSearch.Hit[] hits = search(search, terms, weights, LexicalSearch.Wanted.first(300));
            assertScoredAsTheViewsBm25(hits, terms, weights, 300);
            LexicalSearch.Hit[] unweighted = search(search, terms, LexicalSearch.Wanted.first(300));
            orderChanged |= !Arrays.stream(hits).map(LexicalSearch.Hit::file).toList()
                    .equals(Arrays.stream(unweighted).map(LexicalSearch.Hit::file).toList());
        }
        assertThat(orderChanged).as("some weighting reorders the files").isTrue();
    }

    @Test
    void search_rowsOfOtherViewsJoiningTheTable_changeNothing() throws SQLException {
        LexicalSearch search = new LexicalSearch(pool);
        List<String> terms = List.of("ledger", "retry", "zero", "buffers");
        LexicalSearch.Hit[] before = search(search, terms, LexicalSearch.Wanted.first(400));

        // another project's rows, heavy on the same words: FTS5's own idf and average length move
        addRows(301, 900, new Random(11), false);

        LexicalSearch.Hit[] after = search(search, terms, LexicalSearch.Wanted.first(400));
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.length; i++) {
            assertThat(after[i].file()).isEqualTo(before[i].file());
            assertThat(after[i].score()).isCloseTo(before[i].score(), within(1e-9));
        }
    }

    @Test
    void search_afterTheIndexChanged_readsTheNewScores() throws SQLException {
        LexicalSearch search = new LexicalSearch(pool);
        List<String> terms = List.of("ledger", "retry", "zero");
        LexicalSearch.Hit[] before = search(search, terms, LexicalSearch.Wanted.first(500));

        addRows(301, 400, new Random(8), true);

        LexicalSearch.Hit[] after = search(search, terms, LexicalSearch.Wanted.first(500));
        assertScoredAsTheViewsBm25(after, terms, 500);
        assertThat(after).isNotEqualTo(before);
    }

    private static boolean everyThird(int file) {
        return file % 3 == 0;
    }

    @Test
    void search_minorFiles_doNotUseUpTheWantedFiles() throws SQLException {
        LexicalSearch search = new LexicalSearch(pool);
        List<String> terms = List.of("ledger", "retry", "zero", "quota");
        List<LexicalSearch.Hit> all = List.of(search(search, terms, LexicalSearch.Wanted.first(250)));
        List<LexicalSearch.Hit> majors = all.stream().filter(h -> h.file() % 4 != 0).toList();

        List<LexicalSearch.Hit> hits = List.of(search(search, terms, new LexicalSearch.Wanted(40, file -> file % 4 == 0)));

        // the best 40 files as found, minor ones included; after them only major files, until 40 of those
        // (a row's files come together: the last row may add one more)
        List<LexicalSearch.Hit> majorHits = hits.stream().filter(h -> h.file() % 4 != 0).toList();
        assertThat(hits.subList(0, 40)).isEqualTo(all.subList(0, 40));
        assertThat(hits.subList(40, hits.size())).isNotEmpty().allMatch(h -> h.file() % 4 != 0);
        assertThat(majorHits).hasSizeBetween(40, 41).isEqualTo(majors.subList(0, majorHits.size()));
    }

    @Test
    void search_onlyMinorFiles_givesTheFirstWantedFiles_andReadsNoFurther() throws SQLException {
        LexicalSearch search = new LexicalSearch(pool);
        List<String> terms = List.of("ledger", "retry", "zero", "quota");

        LexicalSearch.Hit[] hits = search(search, terms, new LexicalSearch.Wanted(3, file -> true));

        assertThat(hits).isEqualTo(search(search, terms, LexicalSearch.Wanted.first(3)));
    }

    @Test
    void searchIndex_theOrQueryFallback_stopsAsWantedSays() throws SQLException {
        LexicalSearch search = new LexicalSearch(pool);
        LongFunction<int[]> filesOf = row -> filesByRow.getOrDefault(row, new int[0]);
        List<String> terms = List.of("ledger", "retry", "zero", "quota");

        List<LexicalSearch.Hit> minorOnly = search.searchIndex(filesOf, terms, new LexicalSearch.Wanted(3, file -> true));
        List<LexicalSearch.Hit> thirds = search.searchIndex(filesOf, terms,
                new LexicalSearch.Wanted(30, LexicalSearchTest::everyThird));

        assertThat(minorOnly).hasSizeBetween(3, 4);
        assertThat(thirds.stream().filter(h -> !everyThird(h.file())).count()).isBetween(30L, 31L);
    }

    @Test
    void kthLargest_equalsTheSortedArraysKthFromTheTop() {
        Random random = new Random(3);
        for (int i = 0; i < 500; i++) {
            int n = 2 + random.nextInt(300);
            double[] scores = new double[n];
            for (int j = 0; j < n; j++) {
                scores[j] = random.nextInt(4) == 0 ? 1.5 : random.nextDouble() * 10; // ties too
            }
            int k = 1 + random.nextInt(n - 1);
            double[] sorted = scores.clone();
            Arrays.sort(sorted);
            assertThat(LexicalSearch.kthLargest(scores, n, k)).isEqualTo(sorted[n - k]);
        }
    }
}
