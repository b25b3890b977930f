package fr.titrepro.referential;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class RevisionRepository implements PanacheRepository<Revision> {

    /** The revision by which this version replaced an older one. */
    public Optional<Revision> replacing(TitleVersion version) {
        return find("newVersion", version).firstResultOptional();
    }

    /** The revisions that replaced this version. */
    public List<Revision> replacedBy(TitleVersion version) {
        return list("oldVersion", version);
    }
}
