package fr.titrepro.centre;

import fr.titrepro.shared.persistence.LikePattern;
import fr.titrepro.shared.web.Paged;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CentreRepository implements PanacheRepository<Centre> {

    /** Every centre, by name (the administration's choice lists). */
    public List<Centre> allByName() {
        return list("order by name");
    }

    public Optional<Centre> findBySiret(String siret) {
        return find("siret", siret).firstResultOptional();
    }

    /** The centre a staff member (Keycloak user name) works for. */
    public Optional<Centre> ofStaff(String username) {
        return find("select s.centre from CentreStaff s where s.username = ?1", username).firstResultOptional();
    }

    /** Centres whose name, city or SIRET contains the text (case and accents ignored by the collation). */
    public Paged<Centre> search(String text, int page, int size) {
        PanacheQuery<Centre> query = text == null || text.isBlank()
                ? find("order by name, id")
                : find("name like :t or city like :t or siret like :t order by name, id",
                        Parameters.with("t", LikePattern.containing(text)));
        return Paged.of(query.page(Page.of(page, size)).list(), page, size, query.count());
    }
}
