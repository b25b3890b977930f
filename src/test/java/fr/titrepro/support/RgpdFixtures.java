package fr.titrepro.support;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.importing.ImportJob;
import fr.titrepro.candidate.link.LinkRequest;
import fr.titrepro.candidate.link.LinkRequestStatus;
import fr.titrepro.centre.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** Test data of the RGPD export, erasure and purges, written straight to the database. */
@ApplicationScoped
public class RgpdFixtures {

    @Inject
    EntityManager em;

    @Inject
    jakarta.enterprise.inject.Instance<fr.titrepro.candidate.privacy.CandidatePersonalData> capabilities;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    /**
     * What every capability still exports on a candidate, as the export's {@code otherData} (JSON): also for an
     * erased record, which the API no longer shows.
     */
    @Transactional
    public String exportedSections(long candidateId) throws com.fasterxml.jackson.core.JsonProcessingException {
        Candidate c = em.find(Candidate.class, candidateId);
        java.util.Map<String, Object> sections = new java.util.TreeMap<>();
        capabilities.forEach(x -> sections.put(x.section(), x.export(c)));
        return json.writeValueAsString(sections);
    }

    /** The person no longer holds any CCP (e.g. withdrawn with a revoked livret). */
    @Transactional
    public void forgetHeldCcps(long candidateId) {
        em.find(Candidate.class, candidateId).heldCcps.clear();
    }

    /** The observations still stored in the Envers history of the candidate's grids. */
    @Transactional
    public List<String> observationsInGridHistory(long candidateId) {
        @SuppressWarnings("unchecked")
        List<String> observations = em.createNativeQuery("select a.observation from grid_criterion_aud a "
                + "join evaluation_grid g on g.id = a.grid_id where g.candidate_id = :c and a.observation is not null")
                .setParameter("c", candidateId).getResultList();
        return observations;
    }

    /** An import job of the centre created at {@code createdAt} (finished when {@code finished}). */
    @Transactional
    public long importJob(long centreId, Instant createdAt, boolean finished) {
        ImportJob job = new ImportJob();
        job.centreId = centreId;
        job.startedBy = "test";
        job.fileName = "liste.csv";
        job.linkExisting = false;
        job.status = finished ? ImportJob.Status.REFUSED : ImportJob.Status.ANALYSING;
        job.errorsJson = "[{\"line\":2,\"field\":\"birthName\",\"value\":\"Durand\",\"message\":\"x\"}]";
        job.createdAt = createdAt;
        job.finishedAt = finished ? createdAt.plusSeconds(5) : null;
        job.persist();
        return job.id;
    }

    /** A link request of the centre to follow the candidate, made at {@code at} (and decided then when not pending). */
    @Transactional
    public long linkRequest(long candidateId, long centreId, LinkRequestStatus status, Instant at) {
        LinkRequest r = new LinkRequest();
        r.candidate = em.find(Candidate.class, candidateId);
        r.centre = em.find(Centre.class, centreId);
        r.status = status;
        r.typedFullName = "Durand Camille";
        r.typedBirthDate = java.time.LocalDate.of(1996, 5, 14);
        r.requestedBy = "test";
        r.requestedAt = at;
        r.decidedAt = status == LinkRequestStatus.PENDING ? null : at;
        r.decidedBy = status == LinkRequestStatus.PENDING ? null : "test";
        r.persist();
        return r.id;
    }

    /** The VAE application proposes a link to the candidate, to be confirmed (as a RECEVABLE decision leaves it). */
    @Transactional
    public void proposeVaeLink(long applicationId, long candidateId) {
        fr.titrepro.eligibility.VaeApplication a = em.find(fr.titrepro.eligibility.VaeApplication.class, applicationId);
        a.proposedCandidate = em.find(Candidate.class, candidateId);
        a.linkStatus = fr.titrepro.eligibility.VaeLinkStatus.PROPOSED;
    }

    @Transactional
    public boolean importJobExists(long id) {
        return em.find(ImportJob.class, id) != null;
    }

    @Transactional
    public boolean linkRequestExists(long id) {
        return em.find(LinkRequest.class, id) != null;
    }
}
