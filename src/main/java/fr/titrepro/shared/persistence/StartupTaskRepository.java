package fr.titrepro.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * One-time start-up work marked done (table {@code startup_task}, V14_3_1), so that a start does not look again at a
 * national database for work already done (issue 14: start to ready ≤ 5 s). To be called in a transaction.
 */
@ApplicationScoped
public class StartupTaskRepository {

    @Inject
    EntityManager em;

    public boolean isDone(String task) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM startup_task WHERE name = :name")
                .setParameter("name", task).getSingleResult()).longValue() > 0;
    }

    /** Marks the task done (again: no change; two instances starting at once may both have run it). */
    public void markDone(String task) {
        em.createNativeQuery("INSERT IGNORE INTO startup_task (name, done_at) VALUES (:name, NOW(6))")
                .setParameter("name", task).executeUpdate();
    }
}
