package fr.titrepro.document;

import fr.titrepro.document.render.LivretData;
import fr.titrepro.document.render.ParcheminData;
import fr.titrepro.document.render.PvData;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every mandatory mention present before anything is built or stored; every missing one listed in French. */
final class DocumentDataChecks {

    private DocumentDataChecks() {
    }

    static void require(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Mentions obligatoires manquantes : aucun document n'a été délivré.",
                    errors);
        }
    }

    static List<FieldError> livret(LivretData d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.candidateId() == null) {
            errors.add(new FieldError("candidateId", "Le livret est délivré à un candidat."));
        }
        holder(d.holder(), errors);
        title(d.title(), errors);
        if (d.ccpsHeld().isEmpty()) {
            errors.add(new FieldError("ccpsHeld", "Un livret de certification liste au moins un CCP obtenu."));
        }
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < d.ccpsHeld().size(); i++) {
            LivretData.CcpLine line = d.ccpsHeld().get(i);
            String at = "ccpsHeld[" + i + "]";
            if (!numbers.add(line.number())) {
                errors.add(new FieldError(at + ".number", "Le CCP " + line.number() + " est listé deux fois."));
            }
            blank(line.name(), at + ".name", "Intitulé du CCP obligatoire.", errors);
            if (line.obtainedOn() == null) {
                errors.add(new FieldError(at + ".obtainedOn", "Date de la session qui a délivré le CCP obligatoire."));
            }
            blank(line.place(), at + ".place", "Lieu de la session qui a délivré le CCP obligatoire.", errors);
        }
        blank(d.completionRule(), "completionRule", "La règle de validité pour compléter le titre est "
                + "obligatoire.", errors);
        if (d.ccpsMissing().isEmpty()) {
            blank(d.titleNotAwarded(), "titleNotAwarded", "Quand tous les CCP sont détenus, le livret dit pourquoi "
                    + "le titre n'a pas été attribué et comment l'obtenir.", errors);
        }
        if (d.issuedOn() == null) {
            errors.add(new FieldError("issuedOn", "Date de délivrance obligatoire."));
        }
        blank(d.issuedAt(), "issuedAt", "Lieu de délivrance obligatoire.", errors);
        if (d.region() == null) {
            errors.add(new FieldError("region", "Région de la session (DREETS signataire) obligatoire."));
        }
        return errors;
    }

    static List<FieldError> parchemin(ParcheminData d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.candidateId() == null) {
            errors.add(new FieldError("candidateId", "Le parchemin est délivré à un candidat."));
        }
        holder(d.holder(), errors);
        title(d.title(), errors);
        if (d.ccs() != null) {
            blank(d.ccs().code(), "ccs.code", "Code du CCS obligatoire.", errors);
            blank(d.ccs().name(), "ccs.name", "Intitulé du CCS obligatoire.", errors);
        }
        if (d.deliberatedOn() == null) {
            errors.add(new FieldError("deliberatedOn", "Date de la délibération du jury obligatoire."));
        }
        if (d.issuedOn() == null) {
            errors.add(new FieldError("issuedOn", "Date de délivrance (procès-verbal) obligatoire."));
        }
        blank(d.place(), "place", "Lieu du jury obligatoire.", errors);
        if (d.region() == null) {
            errors.add(new FieldError("region", "Région de la session (DREETS signataire) obligatoire."));
        }
        return errors;
    }

    /** What any PV needs, the draft shown to the jury included. */
    static List<FieldError> pv(PvData d) {
        List<FieldError> errors = new ArrayList<>();
        title(d.title(), errors);
        if (d.startDate() == null) {
            errors.add(new FieldError("startDate", "Date de début de la session obligatoire."));
        }
        if (d.startDate() != null && d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            errors.add(new FieldError("endDate", "La fin de la session ne peut précéder son début."));
        }
        blank(d.centreName(), "centreName", "Nom du centre obligatoire.", errors);
        blank(d.site(), "site", "Site de la session obligatoire.", errors);
        if (d.jury().isEmpty()) {
            errors.add(new FieldError("jury", "Le procès-verbal nomme au moins un membre du jury."));
        }
        return errors;
    }

    /** A PV issued: signed by the jury, and dated. */
    static List<FieldError> signedPv(PvData d) {
        List<FieldError> errors = pv(d);
        if (d.signatures().isEmpty()) {
            errors.add(new FieldError("signatures", "Le procès-verbal est délivré une fois signé par le jury."));
        }
        if (d.pvDate() == null) {
            errors.add(new FieldError("pvDate", "Date du procès-verbal obligatoire."));
        }
        return errors;
    }

    private static void holder(HolderIdentity h, List<FieldError> errors) {
        if (h == null) {
            errors.add(new FieldError("holder", "Identité du titulaire obligatoire."));
            return;
        }
        blank(h.birthName(), "holder.birthName", "Nom de naissance obligatoire.", errors);
        blank(h.firstNames(), "holder.firstNames", "Prénoms obligatoires.", errors);
        if (h.birthDate() == null) {
            errors.add(new FieldError("holder.birthDate", "Date de naissance obligatoire."));
        }
        blank(h.birthPlace(), "holder.birthPlace", "Lieu de naissance obligatoire.", errors);
    }

    private static void title(CertifiedTitle t, List<FieldError> errors) {
        if (t == null) {
            errors.add(new FieldError("title", "Titre obligatoire."));
            return;
        }
        blank(t.code(), "title.code", "Code du titre obligatoire.", errors);
        blank(t.name(), "title.name", "Intitulé exact du titre obligatoire.", errors);
        if (t.level() < 1 || t.eqfLevel() < 1) {
            errors.add(new FieldError("title.level", "Niveaux national et européen obligatoires."));
        }
        if (t.nsfCodes().isEmpty()) {
            errors.add(new FieldError("title.nsfCodes", "Au moins un code NSF est obligatoire."));
        }
        blank(t.certifier(), "title.certifier", "Certificateur obligatoire.", errors);
    }

    private static void blank(String value, String field, String message, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, message));
        }
    }
}
