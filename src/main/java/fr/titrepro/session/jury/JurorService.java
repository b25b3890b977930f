package fr.titrepro.session.jury;

import fr.titrepro.referential.TitleVersionRepository;
import fr.titrepro.referential.regulation.RegulationBook;
import fr.titrepro.session.SessionCommands;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.error.ProblemType;
import fr.titrepro.shared.web.Paged;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;

/** The juror registry: the administration registers professionals and habilitates them for titles. */
@ApplicationScoped
public class JurorService {

    @jakarta.inject.Inject
    fr.titrepro.shared.audit.AdministrationLog adminLog;

    @Inject
    JurorRepository jurors;

    @Inject
    TitleVersionRepository titles;

    @Inject
    Validator validator;

    /** With a title code: the jurors habilitated for it on every day from {@code on} to {@code until}. */
    public Paged<Juror> search(String query, String titleCode, LocalDate on, LocalDate until, int page, int size) {
        LocalDate from = on == null ? LocalDate.now() : on;
        var found = jurors.search(query, titleCode, from, until == null || until.isBefore(from) ? from : until)
                .page(Page.of(page, size));
        return Paged.of(found.list(), page, size, found.count());
    }

    /** The registry's record of a juror's login, if they are registered. */
    public Optional<Juror> findByUsername(String username) {
        return jurors.findByUsername(username);
    }

    public Juror get(long id) {
        Juror juror = jurors.findById(id);
        if (juror == null) {
            throw ProblemException.notFound("Aucun membre de jury n° " + id + ".");
        }
        return juror;
    }

    @Transactional
    public long register(SessionCommands.NewJuror command, String by) {
        check(command, null);
        Juror juror = new Juror();
        juror.username = command.username().strip();
        juror.createdAt = Instant.now();
        fill(juror, command);
        jurors.persist(juror);
        return juror.id;
    }

    @Transactional
    public void update(long id, SessionCommands.NewJuror command) {
        Juror juror = get(id);
        check(command, juror);
        juror.username = command.username().strip();
        juror.updatedAt = Instant.now();
        fill(juror, command);
    }

    @Transactional
    public long addHabilitation(long jurorId, SessionCommands.NewHabilitation command, String by) {
        SessionCommands.validate(validator, command);
        Juror juror = get(jurorId);
        List<FieldError> errors = new ArrayList<>();
        String code = command.titleCode().strip();
        if (titles.latest(code).isEmpty()) {
            errors.add(new FieldError("titleCode", "Aucun titre n'a le code « " + code + " »."));
        }
        if (command.validUntil().isBefore(command.validFrom())) {
            errors.add(new FieldError("validUntil", "La fin de l'habilitation doit suivre son début."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.rule("L'habilitation n'a pas été enregistrée.", errors);
        }
        JurorHabilitation h = new JurorHabilitation();
        h.juror = juror;
        h.titleCode = code;
        h.validFrom = command.validFrom();
        h.validUntil = command.validUntil();
        h.grantedAt = Instant.now();
        h.grantedBy = by;
        juror.habilitations.add(h);
        jurors.flush();
        adminLog.record(fr.titrepro.shared.audit.AdminAction.JUROR_HABILITATION_ADDED, "JUROR", juror.id, "habilitation n° " + h.id + " ("
                + code + ")");
        return h.id;
    }

    @Transactional
    public void removeHabilitation(long jurorId, long habilitationId) {
        Juror juror = get(jurorId);
        if (!juror.habilitations.removeIf(h -> h.id == habilitationId)) {
            throw ProblemException.notFound("Ce membre de jury n'a pas d'habilitation n° " + habilitationId + ".");
        }
        adminLog.record(fr.titrepro.shared.audit.AdminAction.JUROR_HABILITATION_REMOVED, "JUROR", juror.id, "habilitation n° "
                + habilitationId);
    }

    private void check(SessionCommands.NewJuror command, Juror existing) {
        SessionCommands.validate(validator, command);
        jurors.findByUsername(command.username().strip())
                .filter(other -> existing == null || !other.id.equals(existing.id))
                .ifPresent(other -> {
                    throw new ProblemException(ProblemType.DUPLICATE, "Le compte « " + other.username
                            + " » est déjà celui de " + other.fullName() + " (membre de jury n° " + other.id + ").",
                            List.of(new FieldError("username", "Déjà utilisé par " + other.fullName() + ".")));
                });
        // the regulation in force today (a session checks it again against its own dates)
        int minimum = RegulationBook.on(LocalDate.now()).jury().jurorMinimumExperienceYears();
        if (command.yearsOfExperience() < minimum) {
            throw ProblemException.rule("Un membre de jury justifie d'au moins " + minimum
                    + " ans d'expérience dans le métier.", List.of(new FieldError("yearsOfExperience", "Au moins "
                    + minimum + " ans d'expérience sont exigés.")));
        }
    }

    private static void fill(Juror juror, SessionCommands.NewJuror c) {
        juror.lastName = c.lastName().strip();
        juror.firstName = c.firstName().strip();
        juror.email = blankToNull(c.email());
        juror.phone = blankToNull(c.phone());
        juror.profession = c.profession().strip();
        juror.employer = c.employer().strip();
        juror.yearsOfExperience = c.yearsOfExperience();
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
