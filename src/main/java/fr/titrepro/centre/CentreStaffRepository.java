package fr.titrepro.centre;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class CentreStaffRepository implements PanacheRepository<CentreStaff> {

    public Optional<CentreStaff> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
