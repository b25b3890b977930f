package fr.titrepro.candidate.link;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateAccess;
import fr.titrepro.candidate.CandidateData;
import fr.titrepro.candidate.CandidateFollow;
import fr.titrepro.centre.Centre;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Requests of centres to follow a person already registered: asked by a registration or an import, answered by the
 * person in « Mon dossier » or, for a person without a login, by the administration (see {@link LinkConsentPolicy}).
 */
@ApplicationScoped
public class LinkRequestService {

    @Inject
    LinkNotices notices;

    @jakarta.inject.Inject
    fr.titrepro.shared.audit.AdministrationLog adminLog;

    @Inject
    LinkRequestRepository requests;

    @Inject
    CandidateAccess access;

    /** The open request of the centre about the person, created if there is none (asking twice asks once). */
    @Transactional
    public LinkRequest request(Candidate person, Centre centre, CandidateData typed, String requestedBy) {
        return requests.pending(person.id, centre.id).orElseGet(() -> {
            LinkRequest r = newRequest(person, centre, typed, requestedBy, Instant.now());
            requests.persist(r);
            return r;
        });
    }

    private static LinkRequest newRequest(Candidate person, Centre centre, CandidateData typed, String requestedBy,
                                          Instant now) {
        LinkRequest r = new LinkRequest();
        r.candidate = person;
        r.centre = centre;
        r.status = LinkRequestStatus.PENDING;
        r.typedFullName = (typed.birthName().toUpperCase() + " " + typed.firstNames()).strip();
        r.typedBirthDate = typed.birthDate();
        r.requestedBy = requestedBy == null ? "système" : requestedBy;
        r.requestedAt = now;
        return r;
    }

    /**
     * Requests for an import: the people by id, each once per centre (one already pending is kept). The people are
     * referred to by id, never loaded: a file may name thousands of them.
     */
    @Transactional
    public int requestAll(List<Long> candidateIds, List<CandidateData> typed, Centre centre, String requestedBy) {
        Set<Long> pending = requests.pendingAmong(centre.id, candidateIds);
        Instant now = Instant.now();
        for (int i = 0; i < candidateIds.size(); i++) {
            if (!pending.contains(candidateIds.get(i))) {
                requests.persist(newRequest(requests.getEntityManager().getReference(Candidate.class,
                        candidateIds.get(i)), centre, typed.get(i), requestedBy, now));
            }
        }
        return candidateIds.size();
    }

    /** What the caller may list: a centre its own requests, the administration those it answers. */
    public List<LinkRequest> forCaller() {
        return access.isAdmin() ? requests.pendingForAdministration() : requests.ofCentre(access.callerCentre().id);
    }

    /** A request of the caller's centre (any for the administration); "not found" otherwise. */
    public LinkRequest get(long id) {
        LinkRequest r = requests.findByIdOptional(id).orElseThrow(LinkRequestService::notFound);
        if (access.isAdmin() || r.centre.id.equals(access.callerCentre().id)) {
            return r;
        }
        throw notFound();
    }

    /** The requests about the calling candidate's own record. */
    public List<LinkRequest> mine(Candidate own) {
        return requests.about(own.id);
    }

    /** The person answers a request about their own record. */
    @Transactional
    public LinkRequest answerAsThePerson(Candidate own, long id, boolean accept) {
        LinkRequest r = requests.findByIdOptional(id).filter(x -> x.candidate.id.equals(own.id))
                .orElseThrow(LinkRequestService::notFound);
        return answer(r, LinkConsentPolicy.Answerer.THE_PERSON, accept);
    }

    /** The administration answers for a person without a login. */
    @Transactional
    public LinkRequest answerAsAdministration(long id, boolean accept) {
        LinkRequest r = requests.findByIdOptional(id).orElseThrow(LinkRequestService::notFound);
        return answer(r, access.isAdmin() ? LinkConsentPolicy.Answerer.ADMINISTRATION
                : LinkConsentPolicy.Answerer.OTHER, accept);
    }

    private LinkRequest answer(LinkRequest r, LinkConsentPolicy.Answerer answerer, boolean accept) {
        if (r.candidate.isErased()) {
            throw notFound();
        }
        LinkConsentPolicy.refusal(r.status, r.candidate.username != null, answerer).ifPresent(reason -> {
            throw ProblemException.rule(reason, List.of());
        });
        r.status = accept ? LinkRequestStatus.ACCEPTED : LinkRequestStatus.REFUSED;
        r.decidedBy = access.username();
        r.decidedAt = Instant.now();
        if (accept && !r.candidate.isFollowedBy(r.centre.id)) {
            r.candidate.follows.add(CandidateFollow.of(r.candidate, r.centre));
        }
        adminLog.record(fr.titrepro.shared.audit.AdminAction.LINK_REQUEST_ANSWERED, "LINK_REQUEST", r.id, r.status + " par "
                + (answerer == LinkConsentPolicy.Answerer.THE_PERSON ? "la personne" : "l'administration")
                + " (centre n° " + r.centre.id + ", personne n° " + r.candidate.id + ")");
        notices.answered(r, answerer == LinkConsentPolicy.Answerer.THE_PERSON);
        return r;
    }

    /** At erasure: the requests about the person go (they quote the identity a centre typed). */
    public void forgetAbout(Candidate person) {
        requests.deleteAbout(person.id);
    }

    static ProblemException notFound() {
        return ProblemException.notFound("Demande de rattachement introuvable.");
    }
}
