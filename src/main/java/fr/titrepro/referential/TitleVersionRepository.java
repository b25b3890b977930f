package fr.titrepro.referential;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class TitleVersionRepository implements PanacheRepository<TitleVersion> {

    public Optional<TitleVersion> findVersion(String code, String version) {
        return find("code = ?1 and version = ?2", code, version).firstResultOptional();
    }

    /** Versions of a title, the one in force (latest start of validity) first. */
    public List<TitleVersion> versionsOf(String code) {
        return list("code = ?1 order by validFrom desc, id desc", code);
    }

    public Optional<TitleVersion> latest(String code) {
        return find("code = ?1 order by validFrom desc, id desc", code).firstResultOptional();
    }

    /** The latest version of every title, optionally only those whose latest version has the given status. */
    public List<TitleVersion> latestOfEachTitle(TitleStatus status) {
        Map<String, TitleVersion> latest = listAll().stream().collect(Collectors.toMap(v -> v.code, v -> v,
                (a, b) -> a.validFrom.isAfter(b.validFrom) ? a : b));
        return latest.values().stream()
                .filter(v -> status == null || v.status == status)
                .sorted(Comparator.comparing((TitleVersion v) -> v.name).thenComparing(v -> v.code))
                .toList();
    }

    public Optional<Set<Integer>> ccpNumbers(String code, String version) {
        return findVersion(code, version).map(v -> v.ccps.stream().map(c -> c.number).collect(Collectors.toSet()));
    }
}
