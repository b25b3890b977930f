package fr.titrepro.referential;

import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/** Read side of the référentiel, for the API, the pages and the other capabilities. */
@ApplicationScoped
public class TitleCatalog {

    @Inject
    TitleVersionRepository versions;

    @Inject
    RevisionRepository revisions;

    public List<TitleVersion> latestTitles(TitleStatus status) {
        return versions.latestOfEachTitle(status);
    }

    /** The given version of a title, or its latest version when {@code version} is null. */
    public Optional<TitleVersion> find(String code, String version) {
        return version == null || version.isBlank() ? versions.latest(code) : versions.findVersion(code, version);
    }

    /** The given version of a title, or its latest version when {@code version} is null; 404 otherwise. */
    public TitleVersion get(String code, String version) {
        return find(code, version).orElseThrow(() -> ProblemException.notFound(version == null || version.isBlank()
                ? "Aucun titre n'a le code « " + code + " »."
                : "Le titre « " + code + " » n'a pas de version « " + version + " »."));
    }

    public List<TitleVersion> versionsOf(String code) {
        List<TitleVersion> list = versions.versionsOf(code);
        if (list.isEmpty()) {
            throw ProblemException.notFound("Aucun titre n'a le code « " + code + " ».");
        }
        return list;
    }

    public Optional<Revision> replacing(TitleVersion version) {
        return revisions.replacing(version);
    }

    public List<Revision> replacedBy(TitleVersion version) {
        return revisions.replacedBy(version);
    }
}
