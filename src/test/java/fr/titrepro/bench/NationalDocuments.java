package fr.titrepro.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * Issued documents of the generated sessions: livret and parchemin of the candidates, the PV of each validated session.
 * Each has its verification code (a bijection of its id into the 31^12 codes of {@code VerificationCode}: unique
 * without a lookup) and a small valid PDF (one page naming the holder and the code) whose SHA-256 is stored as the
 * application stores it; a second livret of the same title supersedes the first (version 2).
 */
final class NationalDocuments {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final long CODES = pow(31, 12);

    private final NationalTables t;
    private final long first;
    private long next;
    private long superseded;

    NationalDocuments(NationalTables tables) {
        this.t = tables;
        this.first = tables.base("issued_document");
        this.next = first;
    }

    /** Writes a document and returns its id. */
    long issue(String kind, String series, int version, Long candidateId, String holder, NationalReferential.Title title,
               String outcome, LocalDate eventDate, String place, long sessionId, LocalDateTime issuedAt)
            throws SQLException {
        long id = next++;
        String code = code(id);
        byte[] pdf = pdf(kind, holder, title.name(), code);
        String snapshot = "{\"generated\":true,\"holder\":\"" + holder + "\",\"title\":\"" + title.code() + "\"}";
        t.document.row(id, kind, series, version, "VALID", code, candidateId, holder, title.code(), title.version(),
                title.name(), outcome, eventDate, place, snapshot, sha256(pdf), pdf.length, issuedAt, "admin", sessionId);
        t.pdf.row(id, pdf);
        return id;
    }

    /** A second livret of the same title: the first is marked superseded by {@link #finish}. */
    void supersede() {
        superseded++;
    }

    /**
     * Marks the superseded documents (once every document is written), in one set-based statement. On Galera this
     * update was refused by the other nodes' parallel appliers ("Can't find record", error 1032, node evicted) while
     * the inserts ran with unique_checks and foreign_key_checks both off — as a batch and as this UPDATE … JOIN, with
     * or without bulk commands; {@link NationalTables} keeps unique_checks on against a Galera node.
     */
    void finish() throws SQLException {
        t.commit();
        if (superseded > 0) {
            try (PreparedStatement ps = t.connection.prepareStatement("UPDATE issued_document old JOIN issued_document "
                    + "new ON new.series_key = old.series_key AND new.version = old.version + 1 SET old.status = "
                    + "'SUPERSEDED', old.superseded_at = new.issued_at, old.superseded_by_id = new.id WHERE old.id >= ? "
                    + "AND new.id >= ?")) {
                ps.setLong(1, first);
                ps.setLong(2, first);
                ps.executeUpdate();
            }
        }
        t.connection.commit();
    }

    static String code(long id) {
        long v = Math.floorMod(id * 1_000_000_007L + 123_456_789_012_345L, CODES);
        StringBuilder sb = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt((int) (v % 31)));
            v /= 31;
        }
        return sb.toString();
    }

    static byte[] pdf(String kind, String holder, String title, String code) {
        String text = "BT /F1 14 Tf 72 760 Td (" + escape(kind + " - " + title) + ") Tj 0 -24 Td (" + escape(holder)
                + ") Tj 0 -24 Td (Code de verification " + code + ") Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
                        + "/Contents 4 0 R >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder sb = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = sb.length();
            sb.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = sb.length();
        sb.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            sb.append(String.format("%010d 00000 n \n", offset));
        }
        sb.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String escape(String s) {
        String ascii = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7E]", "");
        return ascii.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long pow(long b, int e) {
        long r = 1;
        for (int i = 0; i < e; i++) {
            r *= b;
        }
        return r;
    }
}
