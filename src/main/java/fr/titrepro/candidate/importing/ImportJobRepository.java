package fr.titrepro.candidate.importing;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** The bulk imports' jobs: only their clean-up is a query (a job is read and written by id). */
@ApplicationScoped
public class ImportJobRepository implements PanacheRepository<ImportJob> {

    /** Deletes the jobs started before the limit (the retention purge); the number deleted. */
    public int deleteCreatedBefore(Instant limit) {
        return getEntityManager().createQuery("delete from ImportJob j where j.createdAt < :limit")
                .setParameter("limit", limit).executeUpdate();
    }

    /** Deletes the jobs finished before the limit (kept a while for their report); the number deleted. */
    public int deleteFinishedBefore(Instant limit) {
        return getEntityManager().createQuery("delete from ImportJob j where j.finishedAt < :limit")
                .setParameter("limit", limit).executeUpdate();
    }
}
