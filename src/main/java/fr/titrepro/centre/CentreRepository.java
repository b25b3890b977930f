package fr.titrepro.centre;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class CentreRepository implements PanacheRepository<Centre> {

    public Optional<Centre> findBySiret(String siret) {
        return find("siret", siret).firstResultOptional();
    }

    /** The centre a staff member (Keycloak user name) works for. */
    public Optional<Centre> ofStaff(String username) {
        return find("select s.centre from CentreStaff s where s.username = ?1", username).firstResultOptional();
    }
}
