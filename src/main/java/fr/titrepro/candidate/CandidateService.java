package fr.titrepro.candidate;

import fr.titrepro.candidate.link.LinkRequest;
import fr.titrepro.candidate.link.LinkRequestService;
import fr.titrepro.candidate.privacy.CandidateExport;
import fr.titrepro.candidate.privacy.CandidatePersonalData;
import fr.titrepro.candidate.privacy.ErasurePolicy;
import fr.titrepro.candidate.privacy.ErasureStatement;
import fr.titrepro.centre.Centre;
import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.error.ProblemType;
import fr.titrepro.shared.error.Violations;
import fr.titrepro.shared.web.Paged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Registers, reads, edits, exports and erases candidates, within what the caller may see. */
@ApplicationScoped
public class CandidateService {

    @jakarta.inject.Inject
    fr.titrepro.shared.audit.AdministrationLog adminLog;

    /**
     * What a registration did: created a person, asked the person already registered to be followed by the caller's
     * centre (LINK_REQUESTED: nothing of the record is shown until they accept), linked at once (demo data only), or
     * nothing (already followed).
     */
    public enum Outcome { CREATED, LINK_REQUESTED, LINKED, ALREADY_FOLLOWED }

    /** {@code id} and {@code reference} are null for a link request: the caller may not know the record yet. */
    public record Registration(Long id, String reference, Outcome outcome, LinkRequest linkRequest) {
    }

    /** What an erasure did: the action, and for an anonymisation each capability's statement. */
    public record Erasure(ErasurePolicy.Action action, List<ErasureStatement> statements) {
    }

    @Inject
    CandidateRepository candidates;

    @Inject
    CandidateAccess access;

    @Inject
    CandidateSearchRepository searches;

    @Inject
    CandidateReferences references;

    @Inject
    TitleCatalog titles;

    @Inject
    Instance<CandidatePersonalData> otherCapabilities;

    @Inject
    Instance<CandidateEnrolments> enrolments;

    @Inject
    LinkRequestService linkRequests;

    public Paged<Candidate> search(String text, int page, int size) {
        return search(text, page, size, null);
    }

    /** The same list from the row after the keyset cursor {@code after} (the {@code next} of the previous page). */
    public Paged<Candidate> search(String text, int page, int size, String after) {
        Paged.check(page, size);
        return searches.search(text, access.listingCentreId(), page, size, fr.titrepro.shared.web.SeekCursor.decode(after, 3));
    }

    public Candidate get(long id) {
        return access.readable(id);
    }

    /** The centres following {@code c} the caller may see (a centre: only itself). */
    public List<CandidateFollow> followsSeen(Candidate c) {
        return access.visibleFollows(c);
    }

    /** The record linked to the calling candidate's login. */
    public Candidate own() {
        String username = access.username();
        return (username == null ? Optional.<Candidate>empty() : candidates.findByUsername(username))
                .filter(c -> !c.isErased())
                .orElseThrow(() -> ProblemException.notFound("Aucun dossier de candidat n'est rattaché à votre compte."));
    }

    /**
     * Registers a person for the caller's centre (an administrator names the centre, or none). When the same person
     * is already registered and not followed by the centre: with {@code link} the centre asks to follow them (a
     * {@link LinkRequest} the person accepts or refuses), otherwise a 409 says so (their reference only to a caller
     * who may read the record).
     */
    @Transactional
    public Registration register(CandidateData data, Long centreId, boolean link, String username) {
        Centre centre = access.targetCentre(centreId, false);
        if (username != null && !username.isBlank() && !access.isAdmin()) {
            throw ProblemException.invalidField("username",
                    "Seule l'administration rattache un identifiant de connexion à un candidat.");
        }
        return register(centre, data, link, username, access.isAdmin(), true);
    }

    /** Registration for a given centre, without looking at the caller and linking at once (demo data, fixtures). */
    @Transactional
    public Registration registerFor(Centre centre, CandidateData data, boolean link, String username) {
        return register(centre, data, link, username, false, false);
    }

    private Registration register(Centre centre, CandidateData input, boolean link, String username, boolean admin,
                                  boolean consent) {
        CandidateData data = validated(input);
        Candidate existing = candidates.findByIdentityKey(data.identityKey()).orElse(null);
        if (existing != null) {
            boolean followed = centre != null && existing.isFollowedBy(centre.id);
            if (!link || centre == null) {
                throw new DuplicateCandidateException(followed || admin ? existing.reference : null,
                        followed || admin ? existing.id : null, followed);
            }
            if (followed) {
                return new Registration(existing.id, existing.reference, Outcome.ALREADY_FOLLOWED, null);
            }
            if (consent) {
                LinkRequest request = linkRequests.request(existing, centre, data, access.username());
                return new Registration(null, null, Outcome.LINK_REQUESTED, request);
            }
            existing.follows.add(CandidateFollow.of(existing, centre));
            return new Registration(existing.id, existing.reference, Outcome.LINKED, null);
        }
        Candidate c = new Candidate();
        c.reference = references.next();
        data.applyTo(c);
        c.username = checkedUsername(username, null);
        c.createdAt = Instant.now();
        candidates.persist(c);
        if (centre != null) {
            c.follows.add(CandidateFollow.of(c, centre));
        }
        candidates.flush();
        return new Registration(c.id, c.reference, Outcome.CREATED, null);
    }

    /**
     * @param username        login to link (administration only; null leaves it as it is, "" removes it)
     * @param expectedVersion version the editor read, if known (concurrent modification check)
     */
    @Transactional
    public void update(long id, CandidateData input, String username, Integer expectedVersion) {
        Candidate c = access.editable(id);
        if (expectedVersion != null && expectedVersion != c.version) {
            throw ProblemException.conflict("Ce dossier a été modifié entre-temps : rechargez-le avant de l'enregistrer.");
        }
        if (username != null && !access.isAdmin() && !username.strip().equals(c.username == null ? "" : c.username)) {
            throw ProblemException.invalidField("username",
                    "Seule l'administration rattache un identifiant de connexion à un candidat.");
        }
        CandidateData data = validated(input);
        candidates.findByIdentityKey(data.identityKey()).filter(other -> !other.id.equals(c.id)).ifPresent(other -> {
            throw new DuplicateCandidateException(access.isAdmin() ? other.reference : null,
                    access.isAdmin() ? other.id : null, false);
        });
        data.applyTo(c);
        if (username != null) {
            c.username = checkedUsername(username, c);
        }
        c.updatedAt = Instant.now();
    }

    public CandidateExport export(long id) {
        return exportOf(access.readable(id));
    }

    public CandidateExport exportOwn() {
        return exportOf(own());
    }

    /**
     * RGPD erasure, as {@link ErasurePolicy} decides: a centre stops following a person who is not its alone; the
     * record is anonymised otherwise, unless the person holds a certification or is enrolled in a session not over.
     */
    @Transactional
    public Erasure erase(long id) {
        Candidate c = access.editable(id);
        long otherCentres = access.isAdmin() ? 0
                : c.follows.stream().filter(f -> !f.centre.id.equals(access.callerCentre().id)).count();
        List<String> openSessions = enrolments.stream().flatMap(e -> e.openSessionsOf(c).stream()).toList();
        ErasurePolicy.Decision decision = ErasurePolicy.decide(c.heldCcps.size() + c.obtainedTitles.size(),
                c.username != null, access.isAdmin(), (int) otherCentres, openSessions);
        switch (decision.action()) {
            case REFUSED -> throw ProblemException.rule(decision.reason(), List.of());
            case STOP_FOLLOWING -> {
                Long own = access.callerCentre().id;
                c.follows.removeIf(f -> f.centre.id.equals(own));
                adminLog.record(fr.titrepro.shared.audit.AdminAction.PERSON_ERASED, "CANDIDATE", c.id, "suivi du centre n° " + own + " arrêté");
                return new Erasure(decision.action(), List.of());
            }
            case ANONYMISE -> {
            }
        }
        otherCapabilities.stream().map(o -> o.erasureRefusal(c)).filter(r -> r != null).findFirst().ifPresent(reason -> {
            throw ProblemException.rule(reason, List.of());
        });
        List<ErasureStatement> statements = new java.util.ArrayList<>();
        statements.add(new ErasureStatement("candidate", ErasureStatement.Handling.ERASED, "Identité, contact, "
                + "parcours, aménagements et identifiant de connexion effacés ; le dossier garde sa seule référence "
                + c.reference + " pour que les sessions qui y renvoient restent cohérentes ; les centres ne le "
                + "suivent plus ; les demandes de rattachement sont supprimées."));
        otherCapabilities.stream().sorted(java.util.Comparator.comparing(CandidatePersonalData::section))
                .map(o -> o.erase(c)).forEach(statements::add);
        linkRequests.forgetAbout(c);
        CandidateAnonymiser.anonymise(c);
        adminLog.record(fr.titrepro.shared.audit.AdminAction.PERSON_ERASED, "CANDIDATE", c.id, "dossier anonymisé");
        return new Erasure(decision.action(), List.copyOf(statements));
    }

    /** The CCP numbers of the current version of each title, as the rules need them. */
    public TitleLookup titleLookup() {
        Map<String, Optional<Set<Integer>>> cache = new LinkedHashMap<>();
        return code -> cache.computeIfAbsent(code, k -> titles.find(k, null)
                .map(t -> t.ccps.stream().map(x -> x.number).collect(Collectors.toSet())));
    }

    /** The rule violations of the data, as a form shows them before anything is saved. */
    public List<FieldError> check(CandidateData input) {
        return CandidateDataPolicy.check(input.normalised(), titleLookup(), LocalDate.now());
    }

    private CandidateData validated(CandidateData input) {
        CandidateData data = input.normalised();
        List<FieldError> errors = CandidateDataPolicy.check(data, titleLookup(), LocalDate.now());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Le dossier n'a pas été enregistré : corrigez les champs signalés.", errors);
        }
        return data;
    }

    private String checkedUsername(String username, Candidate self) {
        if (username == null || username.isBlank()) {
            return null;
        }
        String login = username.strip();
        new Violations().login("username", login).throwIfAny("Identifiant de connexion invalide.");
        candidates.findByUsername(login).filter(other -> self == null || !other.id.equals(self.id)).ifPresent(other -> {
            String message = "Cet identifiant est déjà rattaché au candidat " + other.reference + ".";
            throw new ProblemException(ProblemType.DUPLICATE, message, List.of(new FieldError("username", message)));
        });
        return login;
    }

    private CandidateExport exportOf(Candidate c) {
        Map<String, Object> other = new LinkedHashMap<>();
        for (CandidatePersonalData capability : otherCapabilities) {
            Object section = capability.export(c);
            if (section != null) {
                other.put(capability.section(), section);
            }
        }
        return CandidateExport.of(c, other);
    }
}
