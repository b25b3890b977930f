package fr.titrepro.support;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.candidate.Pathway;
import fr.titrepro.candidate.Sex;
import fr.titrepro.candidate.acquired.HeldCcp;
import fr.titrepro.deliberation.CertificationRecords;
import fr.titrepro.document.CcpCredentialData;
import fr.titrepro.document.CcpCredentials;
import fr.titrepro.document.CertifiedTitle;
import fr.titrepro.document.DocumentKind;
import fr.titrepro.document.DocumentService;
import fr.titrepro.document.DocumentStatus;
import fr.titrepro.document.IssuedDocument;
import fr.titrepro.document.Region;
import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.referential.TitleVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Candidates and issued documents for the tests. The demo candidate Lucas Martin (login « candidat ») and his TRI
 * parchemin are created once, idempotently; other candidates get unique names.
 */
@ApplicationScoped
public class DocumentFixtures {

    public static final LocalDate JURY_DATE = LocalDate.of(2026, 3, 12);
    public static final String JURY_PLACE = "Lyon";

    @Inject
    CandidateRepository candidates;

    @Inject
    TitleCatalog catalog;

    @Inject
    CertificationRecords records;

    @Inject
    DocumentService documents;

    @Inject
    CcpCredentials ccpCredentials;

    /** Lucas Martin, login « candidat », created if absent. */
    @Transactional
    public Candidate lucasMartin() {
        return candidates.findByUsername("candidat").orElseGet(() -> {
            Candidate c = candidate("Martin", "Lucas, Pierre", Sex.M, LocalDate.of(1998, 5, 14), "Lyon", "69");
            c.username = "candidat";
            c.reference = "C-LUCASM01";
            candidates.persist(c);
            return c;
        });
    }

    /** The candidate linked to this login, created (with a unique name) if absent. */
    @Transactional
    public Candidate candidateWithLogin(String username) {
        return candidates.findByUsername(username).orElseGet(() -> newCandidate(username));
    }

    /** A candidate with exactly these names (e.g. hostile ones typed by a centre). */
    @Transactional
    public Candidate newCandidateNamed(String birthName, String firstNames) {
        Candidate c = candidate(birthName, firstNames, Sex.F, LocalDate.of(1990, 2, 1), "Nantes", "44");
        candidates.persist(c);
        return c;
    }

    /** A candidate with a unique name, optionally linked to a login. */
    @Transactional
    public Candidate newCandidate(String username) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Candidate c = candidate("Bernard" + suffix, "Emma, Louise", Sex.F, LocalDate.of(1990, 2, 1), "Nantes", "44");
        c.identity.usageName = "Dupont";
        c.username = username;
        candidates.persist(c);
        return c;
    }

    /** Records that the candidate holds CCP {@code number} of {@code code} version {@code version}. */
    @Transactional
    public void hold(long candidateId, String code, String version, int number, LocalDate on, String place) {
        Candidate c = candidates.findById(candidateId);
        TitleVersion v = catalog.get(code, version);
        Ccp ccp = v.ccps.stream().filter(x -> x.number == number).findFirst().orElseThrow();
        if (c.heldCcps.stream().anyMatch(h -> h.ccp.id.equals(ccp.id))) {
            return;
        }
        HeldCcp h = new HeldCcp();
        h.candidate = c;
        h.ccp = ccp;
        h.obtainedOn = on;
        h.place = place;
        h.recordedBy = "test";
        h.recordedAt = Instant.now();
        c.heldCcps.add(h);
    }

    /** The candidate's TRI parchemin (jury deliberating and PV on {@code juryDate}, session in Auvergne-Rhône-Alpes). */
    public IssuedDocument issueTriParchemin(long candidateId, LocalDate juryDate, String place) {
        return issueTriParchemin(candidateId, juryDate, place, Region.ARA);
    }

    /** The candidate's TRI parchemin, signed for the DREETS of {@code region}. */
    @Transactional
    public IssuedDocument issueTriParchemin(long candidateId, LocalDate juryDate, String place, Region region) {
        Candidate c = candidates.findById(candidateId);
        return documents.issueParchemin(records.parchemin(c, catalog.get("TP-00496", "05"), null, juryDate,
                new CertificationRecords.Issue(juryDate, place, region)));
    }

    /** The candidate's TRI livret from the CCPs they hold (session in Auvergne-Rhône-Alpes). */
    @Transactional
    public IssuedDocument issueTriLivret(long candidateId, LocalDate on, String place) {
        Candidate c = candidates.findById(candidateId);
        return documents.issueLivret(records.livret(c, catalog.get("TP-00496", "05"), null,
                new CertificationRecords.Issue(on, place, Region.ARA)));
    }

    /**
     * Lucas Martin with a valid TRI parchemin, created once; and the livret of his earlier partial success (CCP 1 in
     * Villeurbanne), issued before the title as in life.
     */
    @Transactional
    public IssuedDocument lucasWithParchemin() {
        Candidate lucas = lucasMartin();
        LocalDate partial = LocalDate.of(2025, 6, 20);
        hold(lucas.id, "TP-00496", "05", 1, partial, "Villeurbanne");
        candidates.flush();
        if (documents.documentsOf(lucas.id).stream().noneMatch(d -> d.kind == DocumentKind.LIVRET)) {
            issueTriLivret(lucas.id, partial, "Villeurbanne");
        }
        hold(lucas.id, "TP-00496", "05", 2, JURY_DATE, JURY_PLACE);
        candidates.flush();
        return documents.documentsOf(lucas.id).stream()
                .filter(d -> d.kind == DocumentKind.PARCHEMIN && d.status == DocumentStatus.VALID)
                .findFirst()
                .orElseGet(() -> issueTriParchemin(lucas.id, JURY_DATE, JURY_PLACE));
    }

    /**
     * The credential of the candidate's CCP {@code number} of TRI (issue 16), as the PV validation issues it for a CCP
     * held (here the one the fixtures recorded, session in Auvergne-Rhône-Alpes); the valid one when already issued.
     */
    @Transactional
    public IssuedDocument issueTriCcpCredential(long candidateId, int number) {
        Candidate c = candidates.findById(candidateId);
        HeldCcp held = c.heldCcps.stream().filter(h -> h.ccp.number == number
                && h.ccp.titleVersion.code.equals("TP-00496")).findFirst().orElseThrow();
        candidates.flush();
        return documents.documentsOf(c.id).stream().filter(d -> d.kind == DocumentKind.CCP
                        && d.seriesKey.equals(CcpCredentialData.series(held.id)) && d.status == DocumentStatus.VALID)
                .findFirst().orElseGet(() -> ccpCredentials.issueNew(held.id,
                        records.ccp(c, held, CertifiedTitle.of(held.ccp.titleVersion), Region.ARA), null));
    }

    private static Candidate candidate(String birthName, String firstNames, Sex sex, LocalDate birthDate,
                                       String commune, String department) {
        Candidate c = new Candidate();
        c.reference = "C-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        c.identity.birthName = birthName;
        c.identity.firstNames = firstNames;
        c.identity.sex = sex;
        c.identity.birthDate = birthDate;
        c.identity.birthCommune = commune;
        c.identity.birthDepartment = department;
        c.identity.nationality = "française";
        c.pathway = Pathway.TRAINING;
        c.createdAt = Instant.now();
        c.refreshIdentityKey();
        return c;
    }
}
