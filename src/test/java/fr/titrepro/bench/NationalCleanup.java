package fr.titrepro.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The deletes that remove what one generation added (its ids start after the rows that were there). */
final class NationalCleanup {

    private NationalCleanup() {
    }

    static List<String> deletes(Map<String, Long> firstIds) {
        List<String> sql = new ArrayList<>();
        long rev = firstIds.get("revinfo");
        sql.add("DELETE FROM grid_criterion_aud WHERE rev >= " + rev);
        sql.add("DELETE FROM grid_section_aud WHERE rev >= " + rev);
        sql.add("DELETE FROM evaluation_grid_aud WHERE rev >= " + rev);
        sql.add("DELETE FROM issued_document_pdf WHERE document_id >= " + firstIds.get("issued_document"));
        sql.add("DELETE FROM session_pv WHERE session_id >= " + firstIds.get("exam_session"));
        sql.add("DELETE FROM exam_session_ccp WHERE session_id >= " + firstIds.get("exam_session"));
        sql.add("DELETE FROM enrolment_ccp WHERE enrolment_id >= " + firstIds.get("enrolment"));
        sql.add("DELETE FROM candidate_follow WHERE candidate_id >= " + firstIds.get("candidate"));
        List<String> tables = new ArrayList<>(NationalTables.ID_TABLES);
        java.util.Collections.reverse(tables);
        for (String table : tables) {
            sql.add("DELETE FROM " + table + " WHERE " + (table.equals("revinfo") ? "rev" : "id") + " >= "
                    + firstIds.get(table));
        }
        return sql;
    }
}
