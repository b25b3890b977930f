package fr.titrepro.support;

import fr.titrepro.referential.ReferentialService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** Two versions ("01", "02") of a title of its own, for the comparison and correspondence-table tests. */
@ApplicationScoped
public class VersionDiffFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.currentTimeMillis() / 1000 % 5000));

    @Inject
    ReferentialService referential;

    /** A title code no other test uses (TP-8xxxx). */
    public static String uniqueTitleCode() {
        return "TP-8" + String.format("%04d", SEQUENCE.incrementAndGet() % 10_000);
    }

    /**
     * Imports version "01" (the sample: CCP 1 « Première activité », CCP 2 « Seconde activité ») and version "02"
     * (CCP 2 renamed « Seconde activité révisée »), without correspondence table; returns the code.
     */
    public String titleWithTwoVersions(String name) {
        String code = uniqueTitleCode();
        String first = ReferentialFixtures.sampleTitle(code, name);
        referential.importFile(first.getBytes(StandardCharsets.UTF_8), true);
        String second = first.replace("version: \"01\"", "version: \"02\"")
                .replace("validFrom: 2024-01-01", "validFrom: 2025-06-01")
                .replace("name: Seconde activité", "name: Seconde activité révisée");
        referential.importFile(second.getBytes(StandardCharsets.UTF_8), true);
        return code;
    }
}
