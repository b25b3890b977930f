package fr.titrepro.session.enrolment;

import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Limits;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Refusal;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Issue 15, « enrolment refused by a late rule change »: when a session is confirmed (DRAFT → SCHEDULED, the moment
 * its convocations leave), every enrolment is checked again with the rules and facts of that day, exactly as a new
 * enrolment would be ({@link EnrolmentEligibilityPolicy}: title closed or revised meanwhile, recevabilité expired,
 * title obtained elsewhere, resit limits…; the rules and their sources are those of that policy: Arrêté du 22
 * décembre 2015, Arrêté du 21 juillet 2016, fiche du titre). The convocation admits the candidate to the session: it
 * must not convene a candidate the rules in force that day no longer admit. An enrolment that fails is refused with
 * the French reasons of the rules, and the centre told. The capacity is counted in enrolment order: when fewer places remain
 * than enrolments, the latest enrolments are the ones refused. Pure: no CDI, no I/O.
 */
public final class ConfirmationRecheckPolicy {

    /**
     * One active enrolment, in enrolment order.
     *
     * @param candidate the candidate's facts today; null when the candidate was erased (RGPD)
     * @param request   what the centre asked for at enrolment (CCPs taken at a session CCP, experience for a CCS)
     */
    public record Enrolled(long enrolmentId, String candidateName, EnrolmentEligibilityPolicy.Candidate candidate,
                           EnrolmentEligibilityPolicy.Request request) {
    }

    /** An enrolment the rules of the confirmation day refuse, with the reasons. */
    public record Refused(long enrolmentId, String candidateName, List<Refusal> refusals) {
        /** The reasons as one French sentence list, as the page and the centre's message show them. */
        public String reason() {
            return refusals.stream().map(Refusal::message).collect(Collectors.joining(" "));
        }
    }

    static final String ERASED = "candidat-efface";

    private ConfirmationRecheckPolicy() {
    }

    /**
     * @param session the session as confirmed; its {@code enrolled} count is ignored (counted here, in order)
     */
    public static List<Refused> refused(EnrolmentEligibilityPolicy.Session session, List<Enrolled> enrolments,
                                        Limits limits) {
        List<Refused> refused = new ArrayList<>();
        int kept = 0;
        for (Enrolled e : enrolments) {
            if (e.candidate() == null) {
                refused.add(new Refused(e.enrolmentId(), e.candidateName(), List.of(new Refusal(ERASED,
                        "Candidat effacé (RGPD) : il ne peut plus être convoqué."))));
                continue;
            }
            EnrolmentEligibilityPolicy.Session asIfNew = new EnrolmentEligibilityPolicy.Session(session.id(),
                    session.kind(), session.title(), session.ccpNumbers(), session.start(), session.end(),
                    session.capacity(), kept);
            EnrolmentEligibilityPolicy.Decision d = EnrolmentEligibilityPolicy.decide(asIfNew, e.candidate(),
                    e.request(), limits);
            if (d.eligible()) {
                kept++;
            } else {
                refused.add(new Refused(e.enrolmentId(), e.candidateName(), d.refusals()));
            }
        }
        return refused;
    }
}
