package fr.titrepro.session.jury;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JurorRepository implements PanacheRepository<Juror> {

    public Optional<Juror> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /**
     * The registry, by name; {@code query} matches names, profession and employer; with a title code, only the
     * jurors habilitated for it on {@code on} (every day from {@code on} to {@code until}).
     */
    public PanacheQuery<Juror> search(String query, String titleCode, LocalDate on, LocalDate until) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (query != null && !query.isBlank()) {
            where.append(" and (lower(lastName) like :q or lower(firstName) like :q or lower(profession) like :q"
                    + " or lower(employer) like :q or lower(username) like :q)");
            params.and("q", "%" + query.strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (titleCode != null && !titleCode.isBlank()) {
            where.append(" and exists (select 1 from JurorHabilitation h where h.juror = j and h.titleCode = :code"
                    + " and h.validFrom <= :on and h.validUntil >= :until)");
            params.and("code", titleCode).and("on", on).and("until", until);
        }
        return find("from Juror j where " + where + " order by j.lastName, j.firstName, j.id", params);
    }
}
