package fr.titrepro.eligibility;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.candidate.IdentityKey;
import fr.titrepro.candidate.Pathway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * A RECEVABLE decision makes the person a candidate on the VAE pathway, carrying the decision reference and date
 * that the enrolment rule of the sessions reads (a session titre within 1 year). One person, one candidate: an
 * existing candidate with the same identity key is linked, not copied.
 */
@ApplicationScoped
public class VaeCandidateRegistration {

    /** Candidate references: "C-" and 8 characters without 0/O or 1/I, which are read wrongly. */
    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CandidateRepository candidates;

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
        c.reference = newReference();
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

    String newReference() {
        while (true) {
            StringBuilder sb = new StringBuilder("C-");
            for (int i = 0; i < 8; i++) {
                sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String reference = sb.toString();
            if (candidates.findByReference(reference).isEmpty()) {
                return reference;
            }
        }
    }
}
