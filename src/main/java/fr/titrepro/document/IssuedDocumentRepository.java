package fr.titrepro.document;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

import fr.titrepro.document.verification.VerificationCode;
import fr.titrepro.shared.persistence.JdbcBatch;
import fr.titrepro.shared.persistence.LikePattern;
import fr.titrepro.shared.web.SeekCursor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Collection;
import java.util.stream.Collectors;

@ApplicationScoped
public class IssuedDocumentRepository implements PanacheRepository<IssuedDocument> {

    /** Ids in [from, to) of the documents no longer valid (revoked or superseded): a status list's set entries. */
    public List<Long> notValidBetween(long from, long to) {
        return getEntityManager().createQuery("select d.id from IssuedDocument d where d.id >= :from and d.id < :to "
                        + "and d.status <> :valid", Long.class).setParameter("from", from).setParameter("to", to)
                .setParameter("valid", DocumentStatus.VALID).getResultList();
    }

    /**
     * Ids after {@code afterId} of the PDFs whose archive timestamp ends before {@code threshold} or is not known yet
     * (issue 16, the renewal job), in id order.
     */
    public List<Long> dueForRenewal(java.time.Instant threshold, long afterId, int limit) {
        return getEntityManager().createQuery("select d.id from IssuedDocument d where d.id > :after and d.kind <> "
                        + ":ccp and (d.archiveExpiresAt is null or d.archiveExpiresAt < :threshold) order by d.id",
                        Long.class).setParameter("after", afterId).setParameter("ccp", DocumentKind.CCP)
                .setParameter("threshold", threshold).setMaxResults(limit).getResultList();
    }

    private static final String INSERT = "insert into issued_document (kind, series_key, version, status, code, "
            + "candidate_id, session_id, holder_name, title_code, title_version, title_name, outcome, event_date, "
            + "event_place, snapshot, pdf_sha256, pdf_size, issued_at, issued_by, archive_expires_at, credential_salt) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * Inserts new documents in one JDBC batch (one round trip for the lot: the driver sends a batch of inserts in bulk)
     * and gives each its id, read back by the unique verification code — not from the generated keys, which a bulk
     * insert may not return row by row (Galera's interleaved auto-increments). The documents stay outside the
     * persistence context: issue 16, the CCP credentials of a whole session at its PV validation (300 for 200
     * candidates), each one insert round trip before.
     */
    public void insertAll(List<IssuedDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        JdbcBatch.onConnection(getEntityManager(), connection -> {
            JdbcBatch.insert(connection, INSERT, documents, 0, IssuedDocumentRepository::bind);
            Map<String, Long> ids = idsByCode(connection, documents);
            documents.forEach(d -> d.id = ids.get(d.code));
        });
    }

    private static void bind(PreparedStatement ps, IssuedDocument d) throws SQLException {
        int p = 0;
        ps.setString(++p, d.kind.name());
        ps.setString(++p, d.seriesKey);
        ps.setInt(++p, d.version);
        ps.setString(++p, d.status.name());
        ps.setString(++p, d.code);
        ps.setObject(++p, d.candidateId, Types.BIGINT);
        ps.setObject(++p, d.sessionId, Types.BIGINT);
        ps.setString(++p, d.holderName);
        ps.setString(++p, d.titleCode);
        ps.setString(++p, d.titleVersion);
        ps.setString(++p, d.titleName);
        ps.setString(++p, d.outcome);
        ps.setObject(++p, d.eventDate);
        ps.setString(++p, d.eventPlace);
        ps.setString(++p, d.snapshot);
        ps.setString(++p, d.pdfSha256);
        ps.setInt(++p, d.pdfSize);
        JdbcBatch.setInstant(ps, ++p, d.issuedAt);
        ps.setString(++p, d.issuedBy);
        JdbcBatch.setInstant(ps, ++p, d.archiveExpiresAt);
        ps.setString(++p, d.credentialSalt);
    }

    private static Map<String, Long> idsByCode(Connection connection, List<IssuedDocument> documents)
            throws SQLException {
        String marks = documents.stream().map(d -> "?").collect(Collectors.joining(", "));
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "select code, id from issued_document where code in (" + marks + ")")) {
            for (int i = 0; i < documents.size(); i++) {
                ps.setString(i + 1, documents.get(i).code);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        if (ids.size() != documents.size()) {
            throw new IllegalStateException("Documents insérés introuvables : " + ids.size() + " sur " + documents.size());
        }
        return ids;
    }

    public Optional<IssuedDocument> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /**
     * The latest version of a series, locked until the end of the transaction (a new version is being issued).
     * No flush before it: documents are inserted at once (identity keys), and a session issuing hundreds of
     * documents in one transaction would otherwise dirty-check everything it holds before each of them.
     */
    public Optional<IssuedDocument> latestForUpdate(String seriesKey) {
        return find("seriesKey", Sort.descending("version"), seriesKey)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * The latest version of each of these series, locked as {@link #latestForUpdate} locks one: one statement for a
     * batch's series (issue 16: a PV validation's 200 documents took 200 of them). A series without any version is
     * absent from the map.
     */
    public Map<String, IssuedDocument> latestForUpdate(Collection<String> seriesKeys) {
        Map<String, IssuedDocument> latest = new HashMap<>();
        if (seriesKeys.isEmpty()) {
            return latest;
        }
        getEntityManager().createQuery("from IssuedDocument where seriesKey in :keys order by seriesKey, version desc",
                        IssuedDocument.class).setParameter("keys", seriesKeys)
                .setHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .forEach(d -> latest.putIfAbsent(d.seriesKey, d));
        return latest;
    }

    /** The valid version of a series, if any. */
    public Optional<IssuedDocument> current(String seriesKey) {
        return find("seriesKey = ?1 and status = ?2", Sort.descending("version"), seriesKey, DocumentStatus.VALID)
                .firstResultOptional();
    }

    /** The valid PDF documents issued by a session's deliberation, by holder then kind (not the CCP credentials). */
    public List<IssuedDocument> validOfSession(long sessionId) {
        return list("sessionId = ?1 and status = ?2 and kind <> ?3 order by holderName, kind, id", sessionId,
                DocumentStatus.VALID, DocumentKind.CCP);
    }

    public List<IssuedDocument> ofCandidate(long candidateId) {
        return list("candidateId", Sort.descending("issuedAt").and("id", Sort.Direction.Descending), candidateId);
    }

    /**
     * The documents of the candidate linked to a login, newest first, without their snapshot (issue 14): one
     * statement, the candidate found by its unique login, its documents by {@code ix_document_candidate}.
     */
    public List<HolderDocument> ofHolder(String username) {
        return getEntityManager().createQuery("select new fr.titrepro.document.HolderDocument(d.id, d.kind, d.version, "
                        + "d.status, d.titleCode, d.titleName, d.outcome, d.eventDate, d.eventPlace, d.issuedAt, d.code, "
                        + "d.revocationReason) from IssuedDocument d join Candidate c on c.id = d.candidateId "
                        + "where c.username = :username order by d.issuedAt desc, d.id desc", HolderDocument.class)
                .setParameter("username", username).getResultList();
    }

    /**
     * A document's PDF with what names it, only when the document belongs to the candidate linked to the login
     * (issue 14, results day): one statement of three primary-key or unique reads, no entity, no snapshot.
     */
    public Optional<HolderPdf> pdfOfHolder(long id, String username) {
        return getEntityManager().createQuery("select new fr.titrepro.document.HolderPdf(d.kind, d.titleCode, "
                        + "d.version, d.code, d.pdfSha256, p.content) from IssuedDocument d "
                        + "join Candidate c on c.id = d.candidateId left join DocumentPdf p on p.documentId = d.id "
                        + "where d.id = :id and c.username = :username", HolderPdf.class)
                .setParameter("id", id).setParameter("username", username).getResultStream().findFirst();
    }

    /** The same without the bytes: enough to tell a client asking again that it holds the current version. */
    public Optional<HolderPdf> pdfTagOfHolder(long id, String username) {
        return getEntityManager().createQuery("select new fr.titrepro.document.HolderPdf(d.kind, d.titleCode, "
                        + "d.version, d.code, d.pdfSha256) from IssuedDocument d "
                        + "join Candidate c on c.id = d.candidateId where d.id = :id and c.username = :username",
                        HolderPdf.class)
                .setParameter("id", id).setParameter("username", username).getResultStream().findFirst();
    }

    /**
     * A search with a digit, or written as a whole code (« XXXX-XXXX-XXXX », whose 31 symbols may all be letters), is the
     * start of a verification code or of a title's code (« TP-00496 »), otherwise the start of the holder's birth or
     * usage name (read on the candidate: the document prints the first names first; {@link #HOLDER}). Each is a range
     * of an index; one OR over both kinds would read every document (issue 14, EXPLAIN).
     */
    private static final String CODE = "(code like :s escape '!' or titleCode like :s escape '!')";

    /** A search with a digit, or a whole printed code: the start of a code ({@link #CODE}), not of a name. */
    private static boolean isCode(String search) {
        return search.chars().anyMatch(Character::isDigit) || VerificationCode.isPrinted(search);
    }

    /**
     * Past this many namesakes a holder's name is frequent for a page of {@code rows} rows: its documents are met
     * early in the latest-first order (about {@code rows} / share of the namesakes' documents read), against every
     * namesake's documents sorted (whatever the page). The first cost grows with the rows and falls with the
     * namesakes, the second grows with the namesakes: they meet near 370 × √rows namesakes. Measured on the national
     * volume (a million candidates, docs/performance.md « Ninth session »), latest first against sorted: for 21 rows
     * 2.7 / 72 ms at 6,886 namesakes, 22 / 27 ms at 2,005, 40 / 14 ms at 1,023; for 51 rows (the list's default page)
     * 28 / 56 ms at 4,078, 48 / 28 ms at 2,211. Until then a fixed 7,000 left the names between at up to 95 ms.
     */
    static long frequentFrom(int rows) {
        return Math.round(370 * Math.sqrt(rows));
    }

    /**
     * Documents, latest first, matching the search ({@link #CODE} or {@link #HOLDER}) (issue 14), from the row after {@code after} when
     * given (keyset on the id: the primary key at any depth), else from {@code page}; one row more than {@code size}
     * tells whether another page follows. A frequent holder's name (« MARTIN »: 17 % of the national volume) is read
     * the other way round: the documents latest first, each holder checked, until the page is full — instead of every
     * document of every namesake, sorted.
     */
    public List<IssuedDocument> pageAfter(String search, int page, int size, SeekCursor after) {
        int offset = after == null ? page * size : 0;
        boolean byName = search != null && !search.isBlank() && !isCode(search);
        if (byName) {
            // ids first (indexes only), then the page's rows: sorting whole rows of every namesake's documents read
            // each of them
            String from = frequentName(search, offset + size + 1)
                    ? "SELECT STRAIGHT_JOIN d.id FROM issued_document d JOIN candidate c ON c.id = d.candidate_id WHERE "
                    + HOLDER
                    : "SELECT d.id FROM issued_document d WHERE d.candidate_id IN (SELECT c.id FROM candidate c WHERE "
                    + HOLDER + ")";
            var query = getEntityManager().createNativeQuery(from + (after == null ? "" : " AND d.id < :i")
                            + " ORDER BY d.id DESC LIMIT " + (size + 1) + " OFFSET " + offset)
                    .setParameter("s", LikePattern.startingWith(search));
            if (after != null) {
                query.setParameter("i", after.longValue(0));
            }
            List<Long> order = ((List<?>) query.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
            Map<Long, IssuedDocument> found = order.isEmpty() ? Map.of()
                    : list("id in ?1", order).stream().collect(Collectors.toMap(d -> d.id, d -> d));
            return order.stream().map(found::get).toList();
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (search != null && !search.isBlank()) {
            where.append(" and " + CODE);
            params.put("s", LikePattern.startingWith(search));
        }
        if (after != null) {
            where.append(" and id < :i");
            params.put("i", after.longValue(0));
        }
        // latest first by id (given in issuing order): the primary key read backwards, whatever the volume
        return find(where + " order by id desc", params).range(offset, offset + size).list();
    }

    /** The holder's birth or usage name starts the search ({@code d} a document joined to its candidate {@code c}). */
    private static final String HOLDER = "(c.birth_name LIKE :s ESCAPE '!' OR c.usage_name LIKE :s ESCAPE '!')";

    /** A search of a holder's name (no digit, not a code) that more than {@link #frequentFrom} birth names start. */
    private boolean frequentName(String search, int rows) {
        long frequent = frequentFrom(rows);
        return ((Number) getEntityManager().createNativeQuery("SELECT COUNT(*) FROM (SELECT id FROM candidate WHERE "
                        + "birth_name LIKE :s ESCAPE '!' LIMIT " + (frequent + 1) + ") x")
                .setParameter("s", LikePattern.startingWith(search)).getSingleResult()).longValue() > frequent;
    }

    /**
     * Documents matching the search, counted up to {@code cap} + 1 (not asked without one: counting every document reads
     * a whole index; « MARTIN » matches a few hundred thousand documents of the national volume). A holder's name is
     * counted from the namesakes' index ranges, each namesake's documents through its index, stopping at the cap: a
     * birth name, then a usage name that is not also a birth name starting the search.
     */
    public long countMatching(String search, int cap) {
        String sql;
        if (isCode(search)) {
            sql = "SELECT 1 FROM issued_document d WHERE (d.code LIKE :s ESCAPE '!' OR d.title_code LIKE :s ESCAPE '!') "
                    + "LIMIT " + (cap + 1);
        } else {
            String byHolder = "SELECT STRAIGHT_JOIN 1 FROM candidate c JOIN issued_document d ON d.candidate_id = c.id "
                    + "WHERE ";
            sql = "(" + byHolder + "c.birth_name LIKE :s ESCAPE '!' LIMIT " + (cap + 1) + ") UNION ALL (" + byHolder
                    + "c.usage_name LIKE :s ESCAPE '!' AND c.birth_name NOT LIKE :s ESCAPE '!' LIMIT " + (cap + 1) + ")";
        }
        return ((Number) getEntityManager().createNativeQuery("SELECT COUNT(*) FROM (" + sql + ") x")
                .setParameter("s", LikePattern.startingWith(search)).getSingleResult()).longValue();
    }
}
