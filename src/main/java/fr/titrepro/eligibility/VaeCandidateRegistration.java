package fr.titrepro.eligibility;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateReferences;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.candidate.IdentityKey;
import fr.titrepro.candidate.Pathway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * A RECEVABLE decision makes the person a candidate on the VAE pathway, carrying the decision reference and date
 * that the enrolment rule of the sessions reads (a session titre within 1 year). One person, one candidate: an
 * existing candidate with the same identity key is linked, not copied.
 */
@ApplicationScoped
public class VaeCandidateRegistration {

    @Inject
    CandidateRepository candidates;

    @Inject
    CandidateReferences references;

    /** Must run inside the transaction that records the decision. */
    Candidate register(VaeApplication app) {
        String key = IdentityKey.of(app.birthName, app.firstNames, app.birthDate, app.birthCommune,
                app.birthDepartment, app.birthCountry);
        Candidate candidate = candidates.findByIdentityKey(key).orElseGet(() -> create(app, key));
        candidate.pathway = Pathway.VAE;
        // the recevabilité is for this title: the enrolment rules check it against the title of the session
        candidate.trainingTitleCode = app.titleCode;
        candidate.vaeDecisionReference = app.decisionReference;
        candidate.vaeDecisionDate = app.decisionDate;
        candidate.updatedAt = Instant.now();
        return candidate;
    }

    private Candidate create(VaeApplication app, String key) {
        Candidate c = new Candidate();
        c.reference = references.next();
        c.birthName = app.birthName;
        c.usageName = app.usageName;
        c.firstNames = app.firstNames;
        c.sex = app.sex;
        c.birthDate = app.birthDate;
        c.birthCommune = app.birthCommune;
        c.birthDepartment = app.birthDepartment;
        c.birthCountry = app.birthCountry;
        c.nationality = app.nationality;
        c.email = app.email;
        c.phone = app.phone;
        c.identityKey = key;
        c.pathway = Pathway.VAE;
        c.createdAt = Instant.now();
        candidates.persist(c);
        return c;
    }
}
