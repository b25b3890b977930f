package fr.titrepro.document;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.privacy.CandidatePersonalData;
import fr.titrepro.candidate.privacy.ErasureStatement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** RGPD section « documents »: the livrets and parchemins issued to the person, every version. */
@ApplicationScoped
public class DocumentPersonalData implements CandidatePersonalData {

    static final String ERASED_HOLDER = "ANONYME";

    public record DocumentData(String kind, int version, String status, String code, String holderName,
                               String titleCode, String titleName, String outcome, LocalDate eventDate,
                               String eventPlace, Instant issuedAt, Instant revokedAt, String revocationReason) {
    }

    @Inject
    IssuedDocumentRepository documents;

    @Override
    public String section() {
        return "documents";
    }

    @Override
    public Object export(Candidate c) {
        List<DocumentData> issued = documents.ofCandidate(c.id).stream().map(d -> new DocumentData(d.kind.label(),
                d.version, d.status.label(), d.code, d.holderName, d.titleCode, d.titleName, d.outcome, d.eventDate,
                d.eventPlace, d.issuedAt, d.revokedAt, d.revocationReason)).toList();
        return issued.isEmpty() ? null : issued;
    }

    /**
     * A valid document is kept whole: it is the person's diploma, its public verification must keep answering with
     * the holder's name, and its signed PDF cannot change (RGPD art. 17(3)(b) ; code de l'éducation art. R. 338-1 et s. ;
     * archives publiques, code du patrimoine art. L. 211-4). A version replaced or revoked is no longer a title to
     * verify: its holder's name is replaced (the verification only says it is replaced or revoked), its record stays
     * for the audit of what was issued.
     */
    @Override
    public ErasureStatement erase(Candidate c) {
        List<IssuedDocument> issued = documents.ofCandidate(c.id);
        if (issued.isEmpty()) {
            return ErasureStatement.nothing(section());
        }
        long kept = issued.stream().filter(d -> d.status == DocumentStatus.VALID).count();
        issued.stream().filter(d -> d.status != DocumentStatus.VALID).forEach(d -> d.holderName = ERASED_HOLDER);
        return new ErasureStatement(section(), ErasureStatement.Handling.KEPT_ANONYMISED, kept + " document(s) "
                + "valide(s) (livret, parchemin) conservé(s) tel(s) quel(s) : c'est la certification de la personne, "
                + "sa vérification publique doit continuer de nommer son titulaire et le PDF signé ne peut pas changer "
                + "(RGPD art. 17(3)(b) ; code de l'éducation art. R. 338-1 et s. ; archives publiques, code du patrimoine "
                + "art. L. 211-4). " + (issued.size() - kept) + " version(s) remplacée(s) ou révoquée(s) : nom du "
                + "titulaire effacé (la vérification n'en dit plus que l'état), trace de la délivrance conservée.");
    }
}
