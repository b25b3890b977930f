package fr.titrepro.document.credential;

import fr.titrepro.document.CcpCredentialData;
import fr.titrepro.document.CertifiedTitle;
import fr.titrepro.document.HolderIdentity;
import fr.titrepro.document.render.LivretData;
import fr.titrepro.document.render.ParcheminData;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Open Badges 3.0 {@code OpenBadgeCredential} (W3C VC Data Model 2.0) twin of a parchemin or a livret (the
 * same holder, title, levels, NSF, RNCP and CCPs as the PDF), and the credential of a CCP held; each achievement
 * aligned with the référentiel's CCPs and competencies ({@link Alignments}). Pure: builds the JSON-LD as maps, signs
 * nothing.
 *
 * <p>Privacy: the holder's name is written as the PDF prints it (the public verification page shows it too); the
 * birth date is not: only its salted SHA-256 hash ({@code IdentityObject}, {@code hashed: true}), which a relying
 * party holding the person's ID can confirm, and which a reader of the credential cannot just read.
 */
public final class OpenBadgeCredential {

    public static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    private OpenBadgeCredential() {
    }

    /** Who issues, where the credential and its status live. */
    public record Issue(String id, String issuerDid, String issuerName, Instant validFrom, String statusListUrl,
                        int statusIndex, String salt) {
    }

    public static Map<String, Object> parchemin(ParcheminData d, Issue issue) {
        CertifiedTitle t = d.title();
        String name = d.ccs() == null ? "Titre professionnel " + t.name()
                : "Certificat complémentaire de spécialisation " + d.ccs().name() + " (" + t.name() + ")";
        StringBuilder narrative = new StringBuilder((d.ccs() == null ? "Titre professionnel" : "Certificat "
                + "complémentaire de spécialisation") + " délivré par le " + t.certifier().toLowerCase()
                + " après la délibération du jury du " + d.deliberatedOn() + " à " + d.place() + ".");
        List<Map<String, Object>> alignments = Alignments.title(t);
        if (d.ccs() == null) {
            if (!t.ccps().isEmpty()) {
                narrative.append("\nCompétences certifiées (").append(t.framework()).append(") :");
            }
            for (CertifiedTitle.Unit u : t.ccps()) {
                narrative.append("\n- ").append(Alignments.narrative(t, u.number(), u.name()));
                alignments.addAll(Alignments.ccp(t, u.number(), u.name()));
            }
        } else if (!d.ccs().competencies().isEmpty()) {
            narrative.append("\nCompétences certifiées : ").append(String.join(" ; ",
                    d.ccs().competencies().stream().map(CertifiedTitle.Skill::name).toList())).append(".");
            alignments.addAll(Alignments.ccs(t, d.ccs().code(), d.ccs().competencies()));
        }
        Map<String, Object> achievement = achievement(issue, "Diploma", name, d.outcomeLine(), t,
                narrative.toString(), alignments);
        return credential(issue, name, d.holder(), achievement);
    }

    public static Map<String, Object> livret(LivretData d, Issue issue) {
        CertifiedTitle t = d.title();
        String name = "Livret de certification – " + t.name();
        StringBuilder narrative = new StringBuilder("Certificats de compétences professionnelles obtenus :");
        List<Map<String, Object>> alignments = Alignments.title(t);
        for (LivretData.CcpLine c : d.ccpsHeld()) {
            narrative.append("\n- ").append(Alignments.narrative(t, c.number(), c.name()))
                    .append(" Obtenu le ").append(c.obtainedOn()).append(" à ").append(c.place()).append(".");
            alignments.addAll(Alignments.ccp(t, c.number(), c.name()));
        }
        Map<String, Object> achievement = achievement(issue, "Certificate", name, d.outcomeLine(), t,
                narrative.toString(), alignments);
        return credential(issue, name, d.holder(), achievement);
    }

    /** The credential of one CCP held (issue 16): the CCP and its competencies. */
    public static Map<String, Object> ccp(CcpCredentialData d, Issue issue) {
        CertifiedTitle t = d.title();
        String name = "Certificat de compétences professionnelles " + Alignments.ccpName(d.ccpNumber(), d.ccpName())
                + " (titre professionnel " + t.name() + ")";
        String narrative = Alignments.narrative(t, d.ccpNumber(), d.ccpName()) + "\nObtenu le " + d.obtainedOn()
                + " à " + d.place() + ", à une session du titre professionnel " + t.name() + " (" + t.code() + ").";
        List<Map<String, Object>> alignments = Alignments.title(t);
        alignments.addAll(Alignments.ccp(t, d.ccpNumber(), d.ccpName()));
        Map<String, Object> achievement = achievement(issue, "Certificate", name, d.outcomeLine(), t, narrative,
                alignments);
        return credential(issue, name, d.holder(), achievement);
    }

    private static Map<String, Object> credential(Issue issue, String name, HolderIdentity holder,
                                                  Map<String, Object> achievement) {
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", CONTEXT);
        vc.put("id", issue.id());
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put("issuer", Map.of("id", issue.issuerDid(), "type", List.of("Profile"), "name", issue.issuerName()));
        vc.put("validFrom", issue.validFrom().toString());
        vc.put("name", name);
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(
                identity("name", holder.fullName(), false, null),
                identity("ext:birthDate", hash(holder.birthDate() + issue.salt()), true, issue.salt())));
        subject.put("achievement", achievement);
        vc.put("credentialSubject", subject);
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", issue.statusListUrl() + "#" + issue.statusIndex());
        status.put("type", "BitstringStatusListEntry");
        status.put("statusPurpose", "revocation");
        status.put("statusListIndex", Integer.toString(issue.statusIndex()));
        status.put("statusListCredential", issue.statusListUrl());
        vc.put("credentialStatus", status);
        return vc;
    }

    private static Map<String, Object> achievement(Issue issue, String type, String name, String description,
                                                   CertifiedTitle t, String criteria,
                                                   List<Map<String, Object>> alignments) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", issue.id() + "#achievement");
        a.put("type", List.of("Achievement"));
        a.put("achievementType", type);
        a.put("name", name);
        a.put("description", description);
        a.put("humanCode", t.code());
        a.put("criteria", Map.of("narrative", criteria));
        a.put("fieldOfStudy", t.nsfLine());
        a.put("alignment", alignments);
        return a;
    }

    private static Map<String, Object> identity(String type, String value, boolean hashed, String salt) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("type", "IdentityObject");
        i.put("identityType", type);
        i.put("hashed", hashed);
        i.put("identityHash", value);
        if (salt != null) {
            i.put("salt", salt);
        }
        return i;
    }

    /** {@code sha256$<hex>} of the birth date (ISO) followed by the salt: the OB 3.0 hashed identity form. */
    public static String hash(String saltedValue) {
        try {
            return "sha256$" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(saltedValue.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
