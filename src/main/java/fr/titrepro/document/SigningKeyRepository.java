package fr.titrepro.document;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class SigningKeyRepository implements PanacheRepository<SigningKey> {

    public Optional<SigningKey> findByName(String name) {
        return find("name", name).firstResultOptional();
    }
}
