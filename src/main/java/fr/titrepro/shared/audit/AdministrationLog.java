package fr.titrepro.shared.audit;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static fr.titrepro.shared.text.FrenchDates.PARIS;

/**
 * The administration log: the services that take a sensitive action record it here, in their own transaction (the
 * entry exists exactly when the action happened). Read by admins only.
 */
@ApplicationScoped
public class AdministrationLog {


    @Inject
    AdminLogRepository entries;

    /** A page of the log, newest first. */
    public record Slice(List<AdminLogEntry> entries, long total, int page, int size) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AdminAction action, String subjectType, Long subjectId, String detail) {
        AdminLogEntry e = new AdminLogEntry();
        e.at = Instant.now();
        e.actor = AuditRevisionListener.currentUsername();
        e.action = action;
        e.subjectType = subjectType;
        e.subjectId = subjectId;
        e.detail = detail;
        entries.persist(e);
    }

    /** Filters by action and by day (Paris time, both days included). */
    @Transactional
    public Slice search(AdminAction action, LocalDate from, LocalDate to, int page, int size) {
        var query = entries.search(action, from == null ? null : from.atStartOfDay(PARIS).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(PARIS).toInstant());
        return new Slice(query.page(Page.of(page, size)).list(), query.count(), page, size);
    }
}
