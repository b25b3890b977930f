package fr.titrepro.candidate.acquired;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.support.DocumentFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 16: the CCPs held and titles obtained that a PV validation records go through {@link AcquiredBatch} (one JDBC
 * batch per table) instead of {@link HeldCcpService#grant} and {@link ObtainedTitleService#record} (one
 * {@code IDENTITY} insert each). The batch must write exactly the rows the one-by-one path writes: both paths record
 * the same facts for two candidates, and the rows are compared column by column (id and candidate aside).
 */
@QuarkusTest
class AcquiredBatchTest {

    static final Instant RECORDED_AT = Instant.parse("2026-07-14T21:30:15.123456Z"); // the next day in Paris
    static final LocalDate OBTAINED_ON = LocalDate.of(2026, 7, 10);

    @Inject
    DocumentFixtures fixtures;

    @Inject
    CandidateRepository candidates;

    @Inject
    TitleCatalog catalog;

    @Inject
    HeldCcpService heldCcps;

    @Inject
    ObtainedTitleService obtainedTitles;

    @Inject
    EntityManager em;

    @Test
    void theBatchWritesTheRowsTheOneByOnePathWrites() {
        long oneByOne = fixtures.newCandidate(null).id;
        long batched = fixtures.newCandidate(null).id;
        long sessionId = 987_000_000L + System.nanoTime() % 1_000_000;

        QuarkusTransaction.requiringNew().run(() -> {
            TitleVersion tri = catalog.get("TP-00496", "05");
            Candidate c = candidates.findById(oneByOne);
            for (Ccp ccp : tri.ccps) {
                heldCcps.grant(c.id, ccp, OBTAINED_ON, "Lyon", sessionId, null, "admin");
            }
            obtainedTitles.record(c.id, tri, null, OBTAINED_ON, "Lyon", sessionId, 1, "admin");
            c.heldCcps.forEach(h -> h.recordedAt = RECORDED_AT);
            c.obtainedTitles.forEach(t -> t.recordedAt = RECORDED_AT);
        });
        List<HeldCcp> gathered = QuarkusTransaction.requiringNew().call(() -> {
            TitleVersion tri = catalog.get("TP-00496", "05");
            Candidate c = candidates.findById(batched);
            AcquiredBatch batch = heldCcps.batch();
            for (Ccp ccp : tri.ccps) {
                batch.grant(c, ccp, OBTAINED_ON, "Lyon", sessionId, "admin");
            }
            ObtainedTitle title = batch.obtained(c, tri, null, OBTAINED_ON, "Lyon", sessionId, 1, "admin");
            // once only, as record
            assertThat(batch.obtained(c, tri, null, OBTAINED_ON, "Lyon", sessionId, 2, "x")).isSameAs(title);
            List<HeldCcp> held = batch.held(c);
            assertThat(held).hasSize(tri.ccps.size()); // gathered, not written yet: in the batch's view only
            assertThat(c.heldCcps).isEmpty();
            held.forEach(h -> h.recordedAt = RECORDED_AT);
            title.recordedAt = RECORDED_AT;
            assertThat(batch.pending()).isEqualTo(tri.ccps.size() + 1);
            batch.store();
            // after the store the candidate's collections hold the rows, as entities with the ids of the gathered ones
            assertThat(c.heldCcps).extracting(h -> h.id).containsExactlyInAnyOrderElementsOf(
                    held.stream().map(h -> h.id).toList());
            assertThat(c.obtainedTitles).hasSize(1);
            assertThat(c.obtainedTitles.getFirst().id).isNotNull();
            return held;
        });
        assertThat(gathered).allSatisfy(h -> assertThat(h.id).isNotNull());

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(rows("held_ccp", batched, "ccp_id")).hasSize(2)
                    .isEqualTo(rows("held_ccp", oneByOne, "ccp_id"));
            assertThat(rows("obtained_title", batched, "title_version_id")).hasSize(1)
                    .isEqualTo(rows("obtained_title", oneByOne, "title_version_id"));
        });
    }

    @Test
    void aCcpIsGatheredOnceAsItIsGrantedOnce() {
        long id = fixtures.newCandidate(null).id;
        QuarkusTransaction.requiringNew().run(() -> {
            TitleVersion tri = catalog.get("TP-00496", "05");
            Candidate c = candidates.findById(id);
            AcquiredBatch batch = heldCcps.batch();
            batch.grant(c, tri.ccps.getFirst(), OBTAINED_ON, "Lyon", 1L, "admin");
            assertThatThrownBy(() -> batch.grant(c, tri.ccps.getFirst(), OBTAINED_ON, "Lyon", 1L, "admin"))
                    .isInstanceOf(ProblemException.class).hasMessageContaining("détient déjà le CCP");
        });
    }

    /** Every column of the candidate's rows but the id and the candidate, ordered by {@code order}. */
    @SuppressWarnings("unchecked")
    private List<List<Object>> rows(String table, long candidateId, String order) {
        List<String> columns = ((List<Object>) em.createNativeQuery("select column_name from "
                        + "information_schema.columns where table_schema = database() and table_name = :t "
                        + "and column_name not in ('id', 'candidate_id') order by ordinal_position")
                .setParameter("t", table).getResultList()).stream().map(String::valueOf).toList();
        List<Object[]> rows = em.createNativeQuery("select " + String.join(", ", columns) + " from " + table
                + " where candidate_id = :c order by " + order).setParameter("c", candidateId).getResultList();
        return rows.stream().map(Arrays::asList).toList();
    }
}
