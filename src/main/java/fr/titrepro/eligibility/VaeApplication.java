package fr.titrepro.eligibility;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.PersonIdentity;
import fr.titrepro.eligibility.rules.VaeEligibilityResult;
import fr.titrepro.referential.regulation.RegulationBook;
import fr.titrepro.shared.persistence.TrackedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A person's VAE application followed by an adviser, up to the recevabilité decision. */
@Entity
@Table(name = "vae_application")
public class VaeApplication extends TrackedEntity {

    /** Keycloak user name of the adviser who follows the application (ownership). */
    @Column(name = "adviser_username")
    public String adviserUsername;

    /** Names, sex, birth and nationality (the columns of this table). */
    @Embedded
    public PersonIdentity identity = new PersonIdentity();
    public String email;
    public String phone;
    @Column(name = "identity_key")
    public String identityKey;

    @Column(name = "title_code")
    public String titleCode;
    @Column(name = "title_version")
    public String titleVersion;
    /** Target CCP numbers; empty for the whole title. */
    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "vae_application_ccp", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "ccp_number")
    public Set<Integer> ccpNumbers = new TreeSet<>();
    @Column(name = "application_date")
    public LocalDate applicationDate;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<VaeExperience> experiences = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<VaePreviousApplication> previousApplications = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public VaeEligibilityResult.Verdict eligibility;
    @Column(name = "rule_set")
    public String ruleSet;

    @Enumerated(EnumType.STRING)
    public VaeDecision decision;
    @Column(name = "decision_date")
    public LocalDate decisionDate;
    @Column(name = "decision_reasons")
    public String decisionReasons;
    @Column(name = "decision_reference")
    public String decisionReference;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    /** The candidate the person became by a RECEVABLE decision, or was linked to once a human confirmed it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "candidate_id")
    public Candidate candidate;

    /** An existing candidate of the same identity: the link is proposed, nothing of theirs changes until confirmed. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposed_candidate_id")
    public Candidate proposedCandidate;
    @Enumerated(EnumType.STRING)
    @Column(name = "link_status")
    public VaeLinkStatus linkStatus;
    @Column(name = "link_decided_by")
    public String linkDecidedBy;
    @Column(name = "link_decided_at")
    public Instant linkDecidedAt;


    /** A link to an existing candidate waits for a human to confirm or refuse it. */
    public boolean linkPending() {
        return linkStatus == VaeLinkStatus.PROPOSED;
    }

    public boolean decided() {
        return decision != null;
    }

    public boolean wholeTitle() {
        return ccpNumbers.isEmpty();
    }

    /** Last day a RECEVABLE decision allows an enrolment in a session titre (the regulation's validity, 1 year). */
    public LocalDate recevableUntil() {
        return decision == VaeDecision.RECEVABLE && decisionDate != null ? decisionDate.plusMonths(
                RegulationBook.on(decisionDate).recevabilite().validityMonths())
                : null;
    }

    public String fullName() {
        return identity.fullName();
    }

    public String birthPlace() {
        if (identity.birthCommune != null && !identity.birthCommune.isBlank()) {
            return identity.birthCommune + (identity.birthDepartment == null || identity.birthDepartment.isBlank() ? ""
                    : " (" + identity.birthDepartment + ")");
        }
        return identity.birthCountry;
    }

    /** "Éligible — en attente de décision", "Recevable"…: what the adviser's dashboard shows. */
    public String stateLabel() {
        if (decision != null) {
            return decision.label() + (linkPending() ? " — rattachement à confirmer" : "");
        }
        return eligibility == null ? "" : eligibility.label()
                + (eligibility == VaeEligibilityResult.Verdict.ELIGIBLE ? " — en attente de décision" : "");
    }

    /** CSS class of the state badge. */
    public String stateCode() {
        return decision != null ? decision.name() : eligibility == null ? "" : eligibility.name();
    }
}
