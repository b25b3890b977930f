package fr.titrepro.document.render;

import fr.titrepro.document.pdf.Zebra;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPTable;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import static fr.titrepro.document.render.PvPdf.FRAUD;
import static fr.titrepro.document.render.PvPdf.SMALL;
import static fr.titrepro.document.render.PvPdf.SMALL_BOLD;
import static fr.titrepro.document.render.PvPdf.SMALL_GREY;
import static fr.titrepro.document.render.PvPdf.SMALL_ITALIC;
import static fr.titrepro.document.render.PvPdf.SMALL_ITALIC_GREY;
import static fr.titrepro.document.render.PvPdf.VALUE;
import static fr.titrepro.document.render.PvPdf.dateTime;
import static fr.titrepro.document.render.PvPdf.orDash;
import static fr.titrepro.document.render.PvPdf.section;
import static fr.titrepro.document.render.PvPdf.unsigned;
import static fr.titrepro.document.pdf.OfficialStyle.GREY;
import static fr.titrepro.document.pdf.OfficialStyle.SANS_BOLD;
import static fr.titrepro.document.pdf.OfficialStyle.SANS_ITALIC;
import static fr.titrepro.document.pdf.OfficialStyle.font;
import static fr.titrepro.document.pdf.PdfTables.bodyCell;
import static fr.titrepro.document.pdf.PdfTables.headed;
import static fr.titrepro.shared.text.FrenchDates.shortDate;

/**
 * The tables of the {@link PvPdf procès-verbal}: jury, candidates, émargement, incidents, rectifications and
 * signatures.
 */
final class PvTables {

    private static final Font OUTCOME = font(SANS_BOLD, 8.5f);
    private static final Font ABSENT = FRAUD;
    private static final Font NOTE = font(SANS_ITALIC, 7.5f, GREY);

    private PvTables() {
    }

    static void jury(Document document, PvData d) throws DocumentException {
        document.add(section("Jury"));
        PdfPTable t = headed(new float[]{30, 35, 35}, "Membre du jury", "Profession", "Employeur");
        Zebra rows = new Zebra();
        for (PvData.JurorLine j : d.jury()) {
            Color bg = rows.next();
            t.addCell(bodyCell(new Phrase(j.name(), SMALL_BOLD), bg));
            t.addCell(bodyCell(new Phrase(orDash(j.profession()), SMALL), bg));
            t.addCell(bodyCell(new Phrase(orDash(j.employer()), SMALL), bg));
        }
        document.add(t);
    }

    static void candidates(Document document, PvData d) throws DocumentException {
        document.add(section("Résultats des candidats"));
        PdfPTable t = headed(new float[]{9, 16, 8, 8, 19, 9, 31}, "Référence", "Candidat", "Né(e) le", "Présence",
                "Décisions du jury par CCP", "Entretien final", "Résultat et observations");
        Zebra rows = new Zebra();
        for (PvData.CandidateLine c : d.candidates()) {
            Color bg = rows.next();
            t.addCell(bodyCell(new Phrase(orDash(c.reference()), SMALL), bg));
            t.addCell(bodyCell(new Phrase(c.name(), SMALL_BOLD), bg));
            t.addCell(bodyCell(new Phrase(shortDate(c.birthDate()), SMALL), bg));
            t.addCell(bodyCell(new Phrase(orDash(c.attendance()), SMALL), bg));
            t.addCell(bodyCell(ccps(c), bg));
            t.addCell(bodyCell(new Phrase(orDash(c.finalInterview()), SMALL), bg));
            t.addCell(bodyCell(result(c), bg));
        }
        document.add(t);
    }

    private static Phrase ccps(PvData.CandidateLine c) {
        Phrase ccps = new Phrase(c.ccps().isEmpty() ? "—" : "", SMALL);
        for (int i = 0; i < c.ccps().size(); i++) {
            PvData.CcpLine ccp = c.ccps().get(i);
            if (i > 0) {
                ccps.add(Chunk.NEWLINE);
            }
            ccps.add(new Chunk("CCP " + ccp.number() + " : " + ccp.decision(), SMALL));
        }
        return ccps;
    }

    private static Phrase result(PvData.CandidateLine c) {
        Phrase p = new Phrase(c.outcome(), OUTCOME);
        if (c.computedOutcome() != null) {
            p.add(Chunk.NEWLINE);
            p.add(new Chunk("Décision du jury : " + c.outcome() + " (résultat calculé : " + c.computedOutcome()
                    + ") – motif : " + orDash(c.overrideReason()), SMALL));
        }
        if (c.fraudReport() != null && !c.fraudReport().isBlank()) {
            p.add(Chunk.NEWLINE);
            p.add(new Chunk("Fraude : ", FRAUD));
            p.add(new Chunk(c.fraudReport(), SMALL));
        }
        for (String note : c.notes()) {
            p.add(Chunk.NEWLINE);
            p.add(new Chunk(note, NOTE));
        }
        return p;
    }

    /** The émargement ticked on the tablet (issue 18); nothing when the session kept it on paper only. */
    static void emargements(Document document, PvData d) throws DocumentException {
        if (d.emargements().isEmpty()) {
            return;
        }
        document.add(section("Émargement"));
        PdfPTable t = headed(new float[]{22, 34, 14, 10, 20}, "Candidat", "Épreuve", "Jour", "Présence",
                "Émargé par, le");
        Zebra rows = new Zebra();
        for (PvData.Emargement e : d.emargements()) {
            Color bg = rows.next();
            t.addCell(bodyCell(new Phrase(e.candidateName(), SMALL_BOLD), bg));
            t.addCell(bodyCell(new Phrase(e.epreuve(), SMALL), bg));
            t.addCell(bodyCell(new Phrase(shortDate(e.day()), SMALL), bg));
            t.addCell(bodyCell(new Phrase(e.presence(), "Absent".equals(e.presence()) ? ABSENT : SMALL_BOLD), bg));
            t.addCell(bodyCell(new Phrase(orDash(e.recordedBy()) + ", " + dateTime(e.recordedAt()), SMALL), bg));
        }
        document.add(t);
    }

    static void incidents(Document document, PvData d) throws DocumentException {
        document.add(section("Incidents et fraudes"));
        List<PvData.CandidateLine> frauds = d.candidates().stream()
                .filter(c -> c.fraudReport() != null && !c.fraudReport().isBlank()).toList();
        if (d.incidents().isEmpty() && frauds.isEmpty()) {
            document.add(new Paragraph(13, "Aucun incident consigné.", VALUE));
            return;
        }
        if (!d.incidents().isEmpty()) {
            PdfPTable t = headed(new float[]{15, 15, 18, 52}, "Date et heure", "Signalé par", "Concerne",
                    "Description");
            Zebra rows = new Zebra();
            for (PvData.Incident i : d.incidents()) {
                Color bg = rows.next();
                t.addCell(bodyCell(new Phrase(dateTime(i.reportedAt()), SMALL), bg));
                t.addCell(bodyCell(new Phrase(orDash(i.reportedBy()), SMALL), bg));
                t.addCell(bodyCell(new Phrase(i.candidateName() == null ? "Session" : i.candidateName(),
                        i.candidateName() == null ? SMALL : SMALL_BOLD), bg));
                t.addCell(bodyCell(new Phrase(i.description(), SMALL), bg));
            }
            document.add(t);
        }
        for (PvData.CandidateLine c : frauds) {
            Paragraph p = new Paragraph(12, "", SMALL);
            p.setSpacingBefore(4);
            p.add(new Chunk("Fraude consignée – " + c.name() + " : ", FRAUD));
            p.add(new Chunk(c.fraudReport(), SMALL));
            document.add(p);
        }
    }

    static void rectifications(Document document, PvData d) throws DocumentException {
        if (d.rectifications().isEmpty()) {
            return;
        }
        document.add(section("Rectifications après recours"));
        PdfPTable t = headed(new float[]{14, 9, 21, 17, 23, 16}, "Candidat", "Recours reçu le", "Motif du recours",
                "Résultat", "Motif de la décision du jury", "Décidé le, par");
        Zebra rows = new Zebra();
        for (PvData.Rectification r : d.rectifications()) {
            Color bg = rows.next();
            t.addCell(bodyCell(new Phrase(r.candidateName(), SMALL_BOLD), bg));
            t.addCell(bodyCell(new Phrase(shortDate(r.receivedOn()), SMALL), bg));
            t.addCell(bodyCell(new Phrase(orDash(r.motive()), SMALL), bg));
            // no arrow: the standard fonts' WinAnsi encoding has none
            Phrase change = new Phrase("avant : " + orDash(r.previousOutcome()), SMALL);
            change.add(Chunk.NEWLINE);
            change.add(new Chunk("après : ", SMALL));
            change.add(new Chunk(orDash(r.newOutcome()), SMALL_BOLD));
            t.addCell(bodyCell(change, bg));
            t.addCell(bodyCell(new Phrase(orDash(r.reason()), SMALL), bg));
            t.addCell(bodyCell(new Phrase(dateTime(r.decidedAt())
                    + (r.decidedBy() == null ? "" : ", " + r.decidedBy()), SMALL), bg));
        }
        document.add(t);
    }

    static void signatures(Document document, PvData d) throws DocumentException {
        document.add(section("Signatures du jury"));
        document.add(signatureTable(d));
        Paragraph p = new Paragraph(12, unsigned(d)
                ? "Projet soumis à la relecture du jury : une fois relu, ce procès-verbal est signé électroniquement "
                + "par les membres du jury dans titrepro, puis validé par l'autorité compétente désignée ci-dessous."
                : "Ce procès-verbal est signé électroniquement par les membres du jury dans titrepro (identité et "
                + "horodatage ci-dessus), puis validé par l'autorité compétente désignée ci-dessous, dont la "
                + "signature électronique (PAdES) scelle le document : toute modification ultérieure le rend invalide.",
                SMALL_ITALIC);
        p.setSpacingBefore(6);
        document.add(p);
        if (d.deliberationHead() != null) {
            // the head of the deliberation chain this PV was built from: a later rewrite of the decisions no longer
            // ends at this hash (docs/security.md)
            Paragraph head = new Paragraph(10, "Empreinte de la délibération : " + d.deliberationHead(),
                    SMALL_GREY);
            head.setSpacingBefore(4);
            document.add(head);
        }
    }

    /** The jurors who signed, with when, then those still to sign. */
    private static PdfPTable signatureTable(PvData d) {
        PdfPTable t = headed(new float[]{30, 70}, "Membre du jury", "Signature électronique");
        t.setKeepTogether(d.jury().size() + d.signatures().size() < 12);
        List<String> signed = new ArrayList<>();
        Zebra rows = new Zebra();
        for (PvData.Signature s : d.signatures()) {
            Color bg = rows.next();
            signed.add(s.jurorName());
            Phrase who = new Phrase(s.jurorName(), SMALL_BOLD);
            if (s.username() != null) {
                who.add(new Chunk("  (identifiant " + s.username() + ")", SMALL_GREY));
            }
            t.addCell(bodyCell(who, bg));
            t.addCell(bodyCell(new Phrase("signé dans titrepro le " + dateTime(s.signedAt()), SMALL), bg));
        }
        for (PvData.JurorLine j : d.jury()) {
            if (!signed.contains(j.name())) {
                Color bg = rows.next();
                t.addCell(bodyCell(new Phrase(j.name(), SMALL_BOLD), bg));
                t.addCell(bodyCell(new Phrase("en attente de signature", SMALL_ITALIC_GREY), bg));
            }
        }
        return t;
    }
}
