package fr.titrepro.deliberation.chain;

import fr.titrepro.deliberation.Appeal;
import fr.titrepro.deliberation.CandidateDeliberation;
import fr.titrepro.shared.audit.LinkHash;

import java.time.Instant;

/**
 * The deliberation decisions (every version of a candidate's deliberation) and the appeals of a session form one
 * hash chain, in the order they were written: each link carries the hash of the previous one. What a link hashes is
 * what it decided; the flags that move afterwards (the version in force, an appeal's status) are not hashed. Pure.
 */
public final class DeliberationChain {

    public static final String CHAIN = "DELIBERATION";

    private DeliberationChain() {
    }


    public static String hash(String previousHash, CandidateDeliberation d) {
        return LinkHash.after(previousHash)
                .field("link", "deliberation")
                .field("session", d.sessionId)
                .field("enrolment", d.enrolmentId)
                .field("candidate", d.candidateId)
                .field("version", d.version)
                .field("attendance", d.attendance)
                .field("finalInterview", d.finalInterview)
                .field("fraud", d.fraudReport)
                .field("ccps", d.ccpDecisions)
                .field("acquired", d.acquiredNow)
                .field("held", d.heldAfter)
                .field("computed", d.computedOutcome)
                .field("outcome", d.outcome)
                .field("overrideReason", d.overrideReason)
                .field("notes", d.notes)
                .field("appeal", d.appealId)
                .field("decidedBy", d.decidedBy)
                .field("decidedAt", d.decidedAt == null ? null : LinkHash.truncate(d.decidedAt))
                .sha256();
    }

    public static String hash(String previousHash, Appeal a) {
        return LinkHash.after(previousHash)
                .field("link", "appeal")
                .field("session", a.sessionId)
                .field("enrolment", a.enrolmentId)
                .field("candidate", a.candidateId)
                .field("receivedOn", a.receivedOn)
                .field("motive", a.motive)
                .field("recordedBy", a.recordedBy)
                .field("recordedAt", a.recordedAt == null ? null : LinkHash.truncate(a.recordedAt))
                .sha256();
    }
}
