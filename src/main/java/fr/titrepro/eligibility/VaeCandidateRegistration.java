package fr.titrepro.eligibility;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateReferences;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.candidate.IdentityKey;
import fr.titrepro.candidate.Pathway;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * A RECEVABLE decision makes the person a candidate on the VAE pathway, carrying the decision reference and date
 * that the enrolment rule of the sessions reads (a session titre within 1 year). One person, one candidate; and a
 * recevabilité never silently changes an existing person's record (DOMAIN « VAE eligibility »): when a candidate of
 * the same identity key exists, the link is only proposed, and their pathway and title change when a human confirms.
 */
@ApplicationScoped
public class VaeCandidateRegistration {

    @Inject
    CandidateRepository candidates;

    @Inject
    CandidateReferences references;

    /**
     * Must run inside the transaction that records the decision. A new person becomes a VAE candidate; an existing
     * one is proposed ({@link VaeLinkStatus#PROPOSED}) and left untouched.
     */
    void register(VaeApplication app) {
        String key = IdentityKey.of(app.identity.birthName, app.identity.firstNames, app.identity.birthDate,
                app.identity.birthCommune,
                app.identity.birthDepartment, app.identity.birthCountry);
        Candidate existing = candidates.findByIdentityKey(key).orElse(null);
        if (existing != null) {
            app.proposedCandidate = existing;
            app.linkStatus = VaeLinkStatus.PROPOSED;
            return;
        }
        Candidate created = create(app, key);
        apply(app, created);
        app.candidate = created;
    }

    /** The human confirmed: the recevabilité now gives the existing person the VAE pathway for its title. */
    void confirm(VaeApplication app, String by) {
        requirePending(app);
        apply(app, app.proposedCandidate);
        app.candidate = app.proposedCandidate;
        decided(app, VaeLinkStatus.CONFIRMED, by);
    }

    /** Not the same person (or not to be linked): nothing of the existing record changes. */
    void refuse(VaeApplication app, String by) {
        requirePending(app);
        decided(app, VaeLinkStatus.REFUSED, by);
    }

    private static void requirePending(VaeApplication app) {
        if (!app.linkPending()) {
            throw ProblemException.conflict(app.linkStatus == null
                    ? "Aucun rattachement n'est proposé pour cette demande."
                    : "Le rattachement a déjà été traité : " + app.linkStatus.label().toLowerCase() + " par "
                    + app.linkDecidedBy + ".");
        }
    }

    private static void decided(VaeApplication app, VaeLinkStatus status, String by) {
        app.linkStatus = status;
        app.linkDecidedBy = by;
        app.linkDecidedAt = Instant.now();
    }

    private static void apply(VaeApplication app, Candidate candidate) {
        candidate.pathway = Pathway.VAE;
        // the recevabilité is for this title: the enrolment rules check it against the title of the session
        candidate.trainingTitleCode = app.titleCode;
        candidate.vaeDecisionReference = app.decisionReference;
        candidate.vaeDecisionDate = app.decisionDate;
        candidate.updatedAt = Instant.now();
    }

    private Candidate create(VaeApplication app, String key) {
        Candidate c = new Candidate();
        c.reference = references.next();
        c.identity.birthName = app.identity.birthName;
        c.identity.usageName = app.identity.usageName;
        c.identity.firstNames = app.identity.firstNames;
        c.identity.sex = app.identity.sex;
        c.identity.birthDate = app.identity.birthDate;
        c.identity.birthCommune = app.identity.birthCommune;
        c.identity.birthDepartment = app.identity.birthDepartment;
        c.identity.birthCountry = app.identity.birthCountry;
        c.identity.nationality = app.identity.nationality;
        c.email = app.email;
        c.phone = app.phone;
        c.identityKey = key;
        c.pathway = Pathway.VAE;
        c.createdAt = Instant.now();
        candidates.persist(c);
        return c;
    }
}
