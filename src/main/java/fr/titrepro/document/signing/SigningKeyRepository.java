package fr.titrepro.document.signing;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SigningKeyRepository implements PanacheRepository<SigningKey> {

    public Optional<SigningKey> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    /** The keys whose name starts with {@code prefix}, oldest first (the credential issuer's keys, issue 16). */
    public List<SigningKey> named(String prefix) {
        return list("name like ?1 order by id", prefix + "%");
    }
}
