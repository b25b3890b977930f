package fr.titrepro.deliberation.pv;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.deliberation.Appeal;
import fr.titrepro.deliberation.CandidateDeliberation;
import fr.titrepro.deliberation.DeliberationRepository;
import fr.titrepro.deliberation.FinalInterview;
import fr.titrepro.document.CertifiedTitle;
import fr.titrepro.document.HolderIdentity;
import fr.titrepro.document.render.PvData;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.jury.JuryMember;
import fr.titrepro.session.paperwork.Emargement;
import fr.titrepro.session.paperwork.EmargementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The PV's data read from the session, the decisions in force, the incidents, the signatures and the appeals. */
@ApplicationScoped
public class PvDataBuilder {

    @Inject
    DeliberationRepository repository;

    @Inject
    EmargementRepository emargements;

    /**
     * @param pvVersion  1, or the number of the rectification
     * @param signatures the jurors' signatures printed on it (none for a draft)
     */
    public PvData build(ExamSession s, int pvVersion, List<PvSignature> signatures, LocalDate pvDate) {
        Map<Long, CandidateDeliberation> current = repository.currentOf(s.id);
        List<PvData.CandidateLine> lines = new ArrayList<>();
        for (Enrolment e : s.activeEnrolments()) {
            lines.add(line(s, e, current.get(e.id)));
        }
        Map<Long, String> names = s.enrolments.stream()
                .collect(Collectors.toMap(e -> e.id, e -> HolderIdentity.of(e.candidate).fullName()));
        List<PvData.Incident> incidents = repository.incidentsOf(s.id).stream()
                .map(i -> new PvData.Incident(i.enrolmentId == null ? null : names.get(i.enrolmentId),
                        i.description, i.reportedAt, i.reportedBy)).toList();
        List<PvData.Rectification> rectifications = new ArrayList<>();
        for (Appeal a : repository.appealsOf(s.id)) {
            if (a.status == Appeal.Status.RECEIVED) {
                continue;
            }
            Optional<CandidateDeliberation> decided = repository.find(a.deliberationId);
            Optional<CandidateDeliberation> before = decided.flatMap(d -> repository.historyOf(d.enrolmentId).stream()
                    .filter(h -> h.version == d.version - 1).findFirst());
            rectifications.add(new PvData.Rectification(names.get(a.enrolmentId), a.receivedOn, a.motive,
                    before.map(d -> d.outcome.label()).orElse(null), decided.map(d -> d.outcome.label()).orElse(null),
                    a.decisionReason, a.decidedAt, a.decidedBy));
        }
        return new PvData(s.id, pvVersion, kindLabel(s), CertifiedTitle.of(s.titleVersion), ccsLabel(s),
                s.centre.name, s.centre.siret, s.siteLabel, s.startDate, s.endDate,
                s.jury.stream().map(PvDataBuilder::juror).toList(), lines, incidents,
                signatures.stream().map(g -> new PvData.Signature(g.jurorName, g.username, g.signedAt)).toList(),
                rectifications, pvDate, repository.chainHead(s.id), emargements(s, names));
    }

    /** The émargement in force of each candidate still enrolled, in enrolment order, then by day and épreuve. */
    private List<PvData.Emargement> emargements(ExamSession s, Map<Long, String> names) {
        Set<Long> active = s.activeEnrolments().stream().map(e -> e.id).collect(Collectors.toSet());
        return emargements.currentOf(s.id).values().stream().filter(m -> active.contains(m.enrolmentId))
                .sorted(Comparator.comparing((Emargement m) -> m.enrolmentId).thenComparing(m -> m.day)
                        .thenComparing(m -> m.epreuve))
                .map(m -> new PvData.Emargement(names.get(m.enrolmentId), m.epreuve, m.day,
                        m.present ? "Présent" : "Absent", m.recordedBy, m.recordedAt))
                .toList();
    }

    /**
     * The SHA-256 of what the jurors sign: the jury, each enrolment's decision in force (decisions are never
     * updated, a new decision is a new record) and the incidents. Any change makes earlier signatures void.
     */
    public String contentHash(ExamSession s) {
        Map<Long, CandidateDeliberation> current = repository.currentOf(s.id);
        StringBuilder content = new StringBuilder("session:").append(s.id);
        s.jury.forEach(m -> content.append("|juror:").append(m.juror.id));
        s.activeEnrolments().forEach(e -> content.append("|enrolment:").append(e.id).append('=')
                .append(Optional.ofNullable(current.get(e.id)).map(d -> String.valueOf(d.id)).orElse("-")));
        repository.incidentsOf(s.id).forEach(i -> content.append("|incident:").append(i.id));
        // issue 18: the émargement is printed on the PV, a tick after a signature voids it like any other change
        emargements.currentOf(s.id).values().forEach(m -> content.append("|emargement:").append(m.id));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static PvData.CandidateLine line(ExamSession s, Enrolment e, CandidateDeliberation d) {
        Candidate c = e.candidate;
        String name = HolderIdentity.of(c).fullName();
        if (d == null) {
            return new PvData.CandidateLine(c.reference, name, c.identity.birthDate, "—", List.of(), null,
                    "Non délibéré", null, null, null, List.of());
        }
        List<PvData.CcpLine> ccps = new ArrayList<>();
        d.decisions().forEach((n, decision) -> ccps.add(new PvData.CcpLine(n,
                s.titleVersion.ccps.stream().filter(x -> x.number == n).map(x -> x.name).findFirst().orElse(""),
                decision.label())));
        if (d.ccsDecision() != null) {
            ccps.add(new PvData.CcpLine(0, "CCS " + s.ccsCode, d.ccsDecision().label()));
        }
        return new PvData.CandidateLine(c.reference, name, c.identity.birthDate, d.attendance.label(), ccps,
                interview(d.finalInterview), d.outcome.label(), d.overridden() ? d.computedOutcome.label() : null,
                d.overrideReason, d.fraudReport, d.noteLines());
    }

    private static String interview(FinalInterview f) {
        if (f == null) {
            return null;
        }
        return switch (f) {
            case HELD_FAVOURABLY -> "Favorable";
            case HELD_UNFAVOURABLY -> "Défavorable";
            case NOT_HELD -> "Non tenu";
        };
    }

    private static PvData.JurorLine juror(JuryMember m) {
        return new PvData.JurorLine(m.juror.fullName(), m.juror.profession, m.juror.employer);
    }

    static String kindLabel(ExamSession s) {
        return switch (s.type) {
            case TITLE -> "Session titre";
            case CCP -> "Session CCP (CCP " + s.ccpNumbers.stream().sorted().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + ")";
            case CCS -> "Session CCS";
        };
    }

    private static String ccsLabel(ExamSession s) {
        if (s.ccsCode == null) {
            return null;
        }
        return s.titleVersion.ccsBlocks.stream().filter(b -> b.code.equals(s.ccsCode))
                .map(b -> b.code + " – " + b.name).findFirst().orElse(s.ccsCode);
    }
}
