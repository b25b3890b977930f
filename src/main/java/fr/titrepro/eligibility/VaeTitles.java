package fr.titrepro.eligibility;

import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.referential.TitleStatus;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The title versions an adviser chooses from on the VAE form, read from the catalogue. */
@ApplicationScoped
public class VaeTitles {

    @Inject
    TitleCatalog catalog;

    /** The titles an adviser may target: the latest version of each title still open. */
    public List<TitleVersion> openTitles() {
        return catalog.latestTitles(null).stream()
                .filter(t -> t.status != TitleStatus.CLOSED)
                .toList();
    }

    /** The given version of a title, if it exists (none when {@code version} is blank). */
    public Optional<TitleVersion> version(String code, String version) {
        if (code == null || code.isBlank() || version == null || version.isBlank()) {
            return Optional.empty();
        }
        return catalog.find(code.strip(), version.strip());
    }

    /** The version of the title in force on the date, or the latest one when the date is unknown. */
    public Optional<TitleVersion> versionInForce(String code, LocalDate date) {
        List<TitleVersion> versions;
        try {
            versions = catalog.versionsOf(code);
        } catch (ProblemException e) {
            return Optional.empty();
        }
        if (date == null) {
            return Optional.of(versions.getFirst());
        }
        return versions.stream().filter(v -> v.isValidOn(date)).findFirst();
    }
}
