package dev.memlayer.service.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.schema.Migrator;
import dev.memlayer.schema.SqliteSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lexical search adds remembered per-term scores instead of asking FTS5's OR query on every
 * request: it must give the OR query's answer exactly (same files, same order, same scores to the
 * bit), with ties, rows of other snapshots, files sharing one content, and after the index changed.
 */
class LexicalSearchTest {

    private static final String[] WORDS = {"parse", "header", "parse_header", "buffer", "buffers", "total",
        "wrap", "limit", "retry", "timeout", "invoice", "ledger", "render", "review", "error", "zero", "a1",
        "classes", "class", "quota"};

    @TempDir
    Path dir;

    private Path db;
    private ReaderPool pool;
    private final Map<Long, int[]> filesByRow = new HashMap<>();

    @BeforeEach
    void createIndex() throws SQLException {
        db = dir.resolve("lexical.db");
        try (Connection c = SqliteSettings.writer(db).getConnection()) {
            new Migrator(Clock.systemUTC()).migrate(c);
        }
        addRows(1, 300, new Random(7));
        pool = LoadedViews.pool(db);
    }

    @AfterEach
    void closePool() {
        LoadedViews.close(pool);
    }

    /** Rows {@code from..to}: random word bags, every fifth a copy of the previous (a tie), some of other snapshots. */
    private void addRows(long from, long to, Random random) throws SQLException {
        try (Connection c = SqliteSettings.writer(db).getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO lexical (rowid, symbols, docs, body) VALUES (?, ?, ?, ?)")) {
            String[] previous = null;
            for (long row = from; row <= to; row++) {
                String[] columns = row % 5 == 0 && previous != null ? previous
                        : new String[] {bag(random, 4), bag(random, 10), bag(random, 40)};
                ps.setLong(1, row);
                ps.setString(2, columns[0]);
                ps.setString(3, columns[1]);
                ps.setString(4, columns[2]);
                ps.executeUpdate();
                previous = columns;
                int file = (int) row;
                filesByRow.put(row, row % 7 == 0 ? new int[0] : row % 11 == 0 ? new int[] {file, file + 10_000}
                        : new int[] {file});
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

    @Test
    void search_randomTerms_equalsTheOrQueryOfTheIndex() throws SQLException {
        LongFunction<int[]> filesOf = row -> filesByRow.getOrDefault(row, new int[0]);
        LexicalSearch search = new LexicalSearch(pool);
        assertAnswersAsTheOrQuery(search, (terms, wanted) -> search.search(filesOf, terms, wanted), new Random(42));
    }

    private interface Searcher {
        List<LexicalSearch.Hit> search(List<String> terms, LexicalSearch.Wanted wanted) throws SQLException;
    }

    /**
     * On 300 random term sets, {@code searcher} gives the OR query's answer exactly (asked twice: remembered
     * scores too); every other set with a third of the files minor, as test files are.
     */
    private void assertAnswersAsTheOrQuery(LexicalSearch search, Searcher searcher, Random random) throws SQLException {
        LongFunction<int[]> filesOf = row -> filesByRow.getOrDefault(row, new int[0]);
        int compared = 0;
        for (int i = 0; i < 300; i++) {
            List<String> terms = randomTerms(random);
            LexicalSearch.Wanted wanted = i % 2 == 0 ? LexicalSearch.Wanted.first(1 + random.nextInt(150))
                    : new LexicalSearch.Wanted(1 + random.nextInt(150), LexicalSearchTest::everyThird);
            List<LexicalSearch.Hit> expected = search.searchIndex(filesOf, terms, wanted);
            assertThat(searcher.search(terms, wanted)).as("terms %s, wanted %s", terms, wanted).isEqualTo(expected);
            assertThat(searcher.search(terms, wanted)).as("again, terms %s", terms).isEqualTo(expected);
            compared += expected.size();
        }
        assertThat(compared).as("hits compared").isGreaterThan(5_000);
    }

    @Test
    void search_byTheViewsContentNumbers_equalsTheOrQueryOfTheIndex() throws SQLException {
        LexicalSearch search = new LexicalSearch(pool);
        LongFunction<int[]> filesOf = row -> filesByRow.getOrDefault(row, new int[0]);
        RowOrdinals ordinals = new RowOrdinals(contentFiles());
        assertAnswersAsTheOrQuery(search, (terms, wanted) -> search.search(ordinals, terms, wanted), new Random(43));

        addRows(301, 400, new Random(9));
        RowOrdinals grown = new RowOrdinals(contentFiles());
        List<String> terms = List.of("ledger", "retry", "zero");
        LexicalSearch.Wanted wanted = LexicalSearch.Wanted.first(80);
        assertThat(search.search(grown, terms, wanted)).isEqualTo(search.searchIndex(filesOf, terms, wanted));
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

    @Test
    void search_afterTheIndexChanged_readsTheNewScores() throws SQLException {
        LexicalSearch search = new LexicalSearch(pool);
        LongFunction<int[]> filesOf = row -> filesByRow.getOrDefault(row, new int[0]);
        List<String> terms = List.of("ledger", "retry", "zero");
        LexicalSearch.Wanted wanted = LexicalSearch.Wanted.first(50);
        List<LexicalSearch.Hit> before = search.search(filesOf, terms, wanted);

        addRows(301, 400, new Random(8));

        List<LexicalSearch.Hit> after = search.search(filesOf, terms, wanted);
        assertThat(after).isEqualTo(search.searchIndex(filesOf, terms, wanted));
        assertThat(after).isNotEqualTo(before);
    }

    private static boolean everyThird(int file) {
        return file % 3 == 0;
    }

    @Test
    void search_minorFiles_doNotUseUpTheWantedFiles() throws SQLException {
        LexicalSearch search = new LexicalSearch(pool);
        LongFunction<int[]> filesOf = row -> filesByRow.getOrDefault(row, new int[0]);
        List<String> terms = List.of("ledger", "retry", "zero", "quota");
        List<LexicalSearch.Hit> all = search.search(filesOf, terms, LexicalSearch.Wanted.first(250));
        List<LexicalSearch.Hit> majors = all.stream().filter(h -> h.file() % 4 != 0).toList();

        List<LexicalSearch.Hit> hits = search.search(filesOf, terms,
                new LexicalSearch.Wanted(40, file -> file % 4 == 0));

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
        LongFunction<int[]> filesOf = row -> filesByRow.getOrDefault(row, new int[0]);
        List<String> terms = List.of("ledger", "retry", "zero", "quota");

        List<LexicalSearch.Hit> hits = search.search(filesOf, terms, new LexicalSearch.Wanted(3, file -> true));

        assertThat(hits).isEqualTo(search.search(filesOf, terms, LexicalSearch.Wanted.first(3)));
        assertThat(search.searchIndex(filesOf, terms, new LexicalSearch.Wanted(3, file -> true))).isEqualTo(hits);
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
            java.util.Arrays.sort(sorted);
            assertThat(LexicalSearch.kthLargest(scores, n, k)).isEqualTo(sorted[n - k]);
        }
    }
}
