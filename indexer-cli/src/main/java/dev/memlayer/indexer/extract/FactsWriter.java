package dev.memlayer.indexer.extract;

import dev.memlayer.model.facts.CallFact;
import dev.memlayer.model.facts.DependencyFact;
import dev.memlayer.model.facts.FileFacts;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.model.facts.TypeRelationFact;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stores extracted facts by (content hash, extractor, version), batched on the run's writer
 * connection: the caller commits together with the manifest batch. A key already stored (the same
 * content met twice in one run, or in another project) is skipped. Nothing touches the database
 * before {@link #flush}, so a transaction lasts only as long as its statements. Not thread-safe: the
 * writer thread owns it.
 */
public final class FactsWriter implements AutoCloseable {

    static final String SELECT_KEYS = "SELECT content_hash, extractor, extractor_version FROM extractions";
    static final String INSERT_EXTRACTION = "INSERT INTO extractions"
            + " (content_hash, extractor, extractor_version, parse_errors) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT DO NOTHING RETURNING id";
    static final String INSERT_SYMBOL = "INSERT INTO symbols (extraction_id, ordinal, kind, name, container,"
            + " signature, line_start, line_end, exported, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_IMPORT = "INSERT INTO imports (extraction_id, ordinal, raw, kind, line)"
            + " VALUES (?, ?, ?, ?, ?)";
    static final String INSERT_CALL = "INSERT OR IGNORE INTO calls (extraction_id, callee, count, first_line)"
            + " VALUES (?, ?, ?, ?)";
    static final String INSERT_TYPE_RELATION = "INSERT INTO type_relations"
            + " (extraction_id, ordinal, subject, relation, target, line) VALUES (?, ?, ?, ?, ?, ?)";
    static final String INSERT_DEPENDENCY = "INSERT INTO dependencies"
            + " (extraction_id, ordinal, ecosystem, name, version, scope) VALUES (?, ?, ?, ?, ?, ?)";

    private final Connection c;
    private final PreparedStatement extraction;
    private final PreparedStatement symbol;
    private final PreparedStatement importRow;
    private final PreparedStatement call;
    private final PreparedStatement typeRelation;
    private final PreparedStatement dependency;
    private final List<Extracted> pending = new ArrayList<>();

    public FactsWriter(Connection c) throws SQLException {
        this.c = c;
        this.extraction = c.prepareStatement(INSERT_EXTRACTION);
        this.symbol = c.prepareStatement(INSERT_SYMBOL);
        this.importRow = c.prepareStatement(INSERT_IMPORT);
        this.call = c.prepareStatement(INSERT_CALL);
        this.typeRelation = c.prepareStatement(INSERT_TYPE_RELATION);
        this.dependency = c.prepareStatement(INSERT_DEPENDENCY);
    }

    /** Every key already stored: read once per run, so workers know what not to extract again. */
    public static Set<ExtractionKey> storedKeys(Connection c) throws SQLException {
        Set<ExtractionKey> keys = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_KEYS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(new ExtractionKey(rs.getString(1), rs.getString(2), rs.getInt(3)));
            }
        }
        return keys;
    }

    /** Adds the facts to the pending batch; stored by {@link #flush} unless their key is stored already. */
    public void add(Extracted e) {
        pending.add(e);
    }

    /** Sends the pending rows; the caller commits. */
    public void flush() throws SQLException {
        for (Extracted e : pending) {
            insert(e);
        }
        pending.clear();
        symbol.executeBatch();
        importRow.executeBatch();
        call.executeBatch();
        typeRelation.executeBatch();
        dependency.executeBatch();
    }

    private void insert(Extracted e) throws SQLException {
        FileFacts f = e.facts();
        extraction.setString(1, e.key().contentHash());
        extraction.setString(2, e.key().extractor());
        extraction.setInt(3, e.key().version());
        extraction.setInt(4, f.parseErrors());
        long id;
        try (ResultSet rs = extraction.executeQuery()) {
            if (!rs.next()) {
                return; // stored already
            }
            id = rs.getLong(1);
        }
        addSymbols(id, f.symbols());
        addImports(id, f.imports());
        addCalls(id, f.calls());
        addTypeRelations(id, f.typeRelations());
        addDependencies(id, f.dependencies());
    }

    private void addSymbols(long id, List<SymbolFact> symbols) throws SQLException {
        int ordinal = 0;
        for (SymbolFact s : symbols) {
            symbol.setLong(1, id);
            symbol.setInt(2, ordinal++);
            symbol.setString(3, s.kind());
            symbol.setString(4, s.name());
            symbol.setString(5, s.container());
            symbol.setString(6, s.signature());
            symbol.setInt(7, s.lineStart());
            symbol.setInt(8, s.lineEnd());
            symbol.setInt(9, s.exported() ? 1 : 0);
            symbol.setString(10, s.doc());
            symbol.addBatch();
        }
    }

    private void addImports(long id, List<ImportFact> imports) throws SQLException {
        int ordinal = 0;
        for (ImportFact i : imports) {
            importRow.setLong(1, id);
            importRow.setInt(2, ordinal++);
            importRow.setString(3, i.raw());
            importRow.setString(4, i.kind());
            importRow.setInt(5, i.line());
            importRow.addBatch();
        }
    }

    private void addCalls(long id, List<CallFact> calls) throws SQLException {
        for (CallFact cf : calls) {
            call.setLong(1, id);
            call.setString(2, cf.callee());
            call.setInt(3, cf.count());
            call.setInt(4, cf.firstLine());
            call.addBatch();
        }
    }

    private void addTypeRelations(long id, List<TypeRelationFact> relations) throws SQLException {
        int ordinal = 0;
        for (TypeRelationFact t : relations) {
            typeRelation.setLong(1, id);
            typeRelation.setInt(2, ordinal++);
            typeRelation.setString(3, t.subject());
            typeRelation.setString(4, t.relation());
            typeRelation.setString(5, t.target());
            typeRelation.setInt(6, t.line());
            typeRelation.addBatch();
        }
    }

    private void addDependencies(long id, List<DependencyFact> dependencies) throws SQLException {
        int ordinal = 0;
        for (DependencyFact d : dependencies) {
            dependency.setLong(1, id);
            dependency.setInt(2, ordinal++);
            dependency.setString(3, d.ecosystem());
            dependency.setString(4, d.name());
            dependency.setString(5, d.version());
            dependency.setString(6, d.scope());
            dependency.addBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : List.of(extraction, symbol, importRow, call, typeRelation, dependency)) {
            ps.close();
        }
    }
}
