package fr.titrepro.centre;

import fr.titrepro.referential.TitleVersion;
import fr.titrepro.referential.TitleVersionRepository;
import fr.titrepro.referential.regulation.RegulationBook;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.error.ProblemType;
import fr.titrepro.shared.error.Violations;
import fr.titrepro.shared.web.Paged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Centres agréés, their agréments and their staff. Admins manage them; a staff member reads only their own
 * centre (another centre is a 404).
 */
@ApplicationScoped
public class CentreService {

    @jakarta.inject.Inject
    fr.titrepro.shared.audit.AdministrationLog adminLog;

    @Inject
    CentreRepository centres;

    @Inject
    CentreStaffRepository staff;

    @Inject
    TitleVersionRepository titleVersions;

    @Inject
    CurrentUser user;

    /** Admin: every centre matching the text; staff: their own centre only. */
    public Paged<Centre> search(String text, int page, int size) {
        Paged.check(page, size);
        if (user.isAdmin()) {
            return centres.search(text, page, size);
        }
        Centre own = callerCentre();
        return Paged.of(page == 0 ? List.of(own) : List.of(), page, size, 1);
    }

    public Centre get(long id) {
        Centre centre = centres.findByIdOptional(id).orElseThrow(CentreService::notFound);
        if (user.isAdmin() || centreOf(user.username()).map(c -> c.id.equals(centre.id)).orElse(false)) {
            return centre;
        }
        throw notFound();
    }

    /** The centre the calling staff member works for; refused when their login is linked to none. */
    public Centre callerCentre() {
        return centreOf(user.username()).orElseThrow(() -> ProblemException.forbidden(
                "Votre compte n'est rattaché à aucun centre agréé : demandez à l'administration de vous rattacher."));
    }

    public Optional<Centre> centreOf(String username) {
        return username == null ? Optional.empty() : centres.ofStaff(username);
    }

    public Optional<Centre> findBySiret(String siret) {
        return centres.findBySiret(SiretPolicy.normalise(siret));
    }

    @Transactional
    public long create(CentreData data) {
        Centre centre = new Centre();
        centre.createdAt = Instant.now();
        fill(centre, data);
        centres.persist(centre);
        return centre.id;
    }

    @Transactional
    public void update(long id, CentreData data, Integer expectedVersion) {
        Centre centre = centres.findByIdOptional(id).orElseThrow(CentreService::notFound);
        if (expectedVersion != null && expectedVersion != centre.version) {
            throw ProblemException.conflict("Ce centre a été modifié entre-temps : rechargez-le avant de l'enregistrer.");
        }
        fill(centre, data);
    }

    @Transactional
    public long addApproval(long centreId, ApprovalData data) {
        Centre centre = centres.findByIdOptional(centreId).orElseThrow(CentreService::notFound);
        Violations v = new Violations();
        String code = data.titleCode() == null ? null : data.titleCode().strip().toUpperCase();
        ApprovalPeriodPolicy.TitleValidity validity = null;
        if (v.required("titleCode", code)) {
            validity = validityOf(code);
            v.when(validity == null, "titleCode", "Titre inconnu : « " + code + " ».");
        }
        v.required("siteAddressLine", data.siteAddressLine());
        v.maxLength("siteAddressLine", data.siteAddressLine(), 255).maxLength("siteName", data.siteName(), 255);
        v.required("sitePostalCode", data.sitePostalCode());
        v.frenchPostalCode("sitePostalCode", data.sitePostalCode());
        v.required("siteCity", data.siteCity());
        v.maxLength("siteCity", data.siteCity(), 100);
        ApprovalPeriodPolicy.check(data.validFrom(), data.validUntil(), validity, RegulationBook.on(LocalDate.now()))
                .forEach(e -> v.add(e.field(), e.message()));
        v.throwIfAny("L'agrément n'a pas été enregistré : corrigez les champs signalés.");

        CentreApproval approval = new CentreApproval();
        approval.centre = centre;
        approval.titleCode = code;
        approval.siteName = blankToNull(data.siteName());
        approval.siteAddressLine = data.siteAddressLine().strip();
        approval.sitePostalCode = data.sitePostalCode().strip();
        approval.siteCity = data.siteCity().strip();
        approval.validFrom = data.validFrom();
        approval.validUntil = data.validUntil();
        approval.createdAt = Instant.now();
        centre.approvals.add(approval);
        centres.flush();
        adminLog.record(fr.titrepro.shared.audit.AdminAction.CENTRE_APPROVAL_ADDED, "CENTRE", centre.id, "agrément n° " + approval.id + " ("
                + code + ")");
        return approval.id;
    }

    /** Links a Keycloak user (role centre) to the centre: a staff member works for exactly one centre. */
    @Transactional
    public long addStaff(long centreId, String username, String fullName) {
        Centre centre = centres.findByIdOptional(centreId).orElseThrow(CentreService::notFound);
        Violations v = new Violations();
        String login = username == null ? null : username.strip();
        v.required("username", login);
        v.login("username", login);
        v.maxLength("fullName", fullName, 255);
        v.throwIfAny("Le membre du personnel n'a pas été rattaché.");
        staff.findByUsername(login).ifPresent(existing -> {
            String where = existing.centre.id.equals(centre.id) ? "à ce centre"
                    : "au centre « " + existing.centre.name + " »";
            String message = "L'utilisateur « " + login + " » est déjà rattaché " + where
                    + " : un membre du personnel travaille pour un seul centre.";
            throw new ProblemException(ProblemType.DUPLICATE, message, List.of(new FieldError("username", message)));
        });
        CentreStaff member = new CentreStaff();
        member.centre = centre;
        member.username = login;
        member.fullName = blankToNull(fullName);
        centre.staff.add(member);
        centres.flush();
        return member.id;
    }

    @Transactional
    public void removeStaff(long centreId, long staffId) {
        Centre centre = centres.findByIdOptional(centreId).orElseThrow(CentreService::notFound);
        boolean removed = centre.staff.removeIf(s -> s.id == staffId);
        if (!removed) {
            throw ProblemException.notFound("Ce membre du personnel n'appartient pas à ce centre.");
        }
    }

    /**
     * The validity of a title across its versions (first start, end of the latest: its end of validity, or the day
     * it was closed when no end was set), or null when unknown.
     */
    public ApprovalPeriodPolicy.TitleValidity validityOf(String code) {
        List<TitleVersion> versions = titleVersions.versionsOf(code);
        if (versions.isEmpty()) {
            return null;
        }
        LocalDate from = versions.stream().map(t -> t.validFrom).min(Comparator.naturalOrder()).orElseThrow();
        TitleVersion latest = versions.getFirst();
        return new ApprovalPeriodPolicy.TitleValidity(code, from,
                latest.validUntil != null ? latest.validUntil : latest.closedOn);
    }

    private void fill(Centre centre, CentreData data) {
        Violations v = new Violations();
        v.required("name", data.name());
        v.maxLength("name", data.name(), 255);
        String siret = SiretPolicy.normalise(data.siret());
        String siretRefusal = SiretPolicy.refusal(siret);
        v.when(siretRefusal != null, "siret", siretRefusal);
        v.required("addressLine", data.addressLine());
        v.maxLength("addressLine", data.addressLine(), 255);
        v.required("postalCode", data.postalCode());
        v.frenchPostalCode("postalCode", data.postalCode());
        v.required("city", data.city());
        v.maxLength("city", data.city(), 100).maxLength("contactName", data.contactName(), 255);
        v.email("contactEmail", data.contactEmail()).maxLength("contactEmail", data.contactEmail(), 255);
        v.phone("contactPhone", data.contactPhone());
        v.throwIfAny("Le centre n'a pas été enregistré : corrigez les champs signalés.");
        centres.findBySiret(siret).filter(other -> !other.id.equals(centre.id)).ifPresent(other -> {
            String message = "Un centre est déjà enregistré avec ce SIRET : « " + other.name + " ».";
            throw new ProblemException(ProblemType.DUPLICATE, message, List.of(new FieldError("siret", message)));
        });
        centre.name = data.name().strip();
        centre.siret = siret;
        centre.addressLine = data.addressLine().strip();
        centre.postalCode = data.postalCode().strip();
        centre.city = data.city().strip();
        centre.contactName = blankToNull(data.contactName());
        centre.contactEmail = blankToNull(data.contactEmail());
        centre.contactPhone = blankToNull(data.contactPhone());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("Centre introuvable.");
    }
}
