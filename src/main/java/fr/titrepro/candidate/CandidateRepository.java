package fr.titrepro.candidate;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class CandidateRepository implements PanacheRepository<Candidate> {

    public Optional<Candidate> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    public Optional<Candidate> findByIdentityKey(String identityKey) {
        return find("identityKey", identityKey).firstResultOptional();
    }

    public Optional<Candidate> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
