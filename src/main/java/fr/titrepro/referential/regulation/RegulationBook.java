package fr.titrepro.referential.regulation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The dated rule sets of the regulation, read from data ({@code regulation/certification-rules.yaml}) and checked to
 * cover every date exactly once: the first set has no start, the last no end, each starts the day after the previous
 * one ends; every figure is positive and cites its text. Pure: no CDI.
 */
public final class RegulationBook {

    public static final String SHIPPED = "regulation/certification-rules.yaml";

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static volatile RegulationBook shipped;

    public record File(List<Regulation> ruleSets) {
    }

    private final List<Regulation> ruleSets;

    public RegulationBook(List<Regulation> ruleSets) {
        List<Regulation> sorted = new ArrayList<>(ruleSets);
        sorted.sort(Comparator.comparing(Regulation::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())));
        check(sorted);
        this.ruleSets = List.copyOf(sorted);
    }

    /** The rule sets shipped with the platform (read once). */
    public static RegulationBook shipped() {
        RegulationBook book = shipped;
        if (book == null) {
            try (InputStream in = RegulationBook.class.getClassLoader().getResourceAsStream(SHIPPED)) {
                if (in == null) {
                    throw new IllegalStateException("Règles de certification introuvables : " + SHIPPED);
                }
                book = read(in);
            } catch (IOException e) {
                throw new IllegalStateException("Règles de certification illisibles : " + SHIPPED, e);
            }
            shipped = book;
        }
        return book;
    }

    /** The shipped rules in force on {@code day}. */
    public static Regulation on(LocalDate day) {
        return shipped().ruleFor(day);
    }

    public static RegulationBook read(InputStream in) throws IOException {
        return new RegulationBook(YAML.readValue(in, File.class).ruleSets());
    }

    public List<Regulation> ruleSets() {
        return ruleSets;
    }

    public Regulation ruleFor(LocalDate day) {
        return ruleSets.stream().filter(r -> r.appliesOn(day)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Aucune règle de certification pour le " + day));
    }

    private static void check(List<Regulation> sets) {
        if (sets.isEmpty()) {
            throw new IllegalStateException("Règles de certification : aucune règle.");
        }
        if (sets.getFirst().validFrom() != null || sets.getLast().validUntil() != null) {
            throw new IllegalStateException("Règles de certification : la première règle doit être sans début et la "
                    + "dernière sans fin.");
        }
        for (int i = 0; i < sets.size(); i++) {
            Regulation r = sets.get(i);
            if (r.id() == null || r.label() == null || Stream.of(r.jury(), r.appeal(), r.closedTitle(), r.resit(),
                    r.recevabilite(), r.ccs(), r.finalInterview(), r.override()).anyMatch(x -> x == null)) {
                throw new IllegalStateException("Règle de certification " + r.id() + " incomplète.");
            }
            if (r.jury().minimumMembers() < 2) {
                throw new IllegalStateException("Règle de certification " + r.id() + " : un juré ne décide jamais "
                        + "seul (au moins 2 membres).");
            }
            if (Stream.of(r.jury().jurorMinimumExperienceYears(), r.appeal().months(), r.closedTitle().graceMonths(),
                    r.resit().windowMonths(), r.resit().maxTitleSessions(), r.recevabilite().validityMonths(),
                    r.ccs().directExperienceMonths(), r.override().minimumReasonLength()).anyMatch(n -> n < 0)) {
                throw new IllegalStateException("Règle de certification " + r.id() + " : une durée est négative.");
            }
            if (!r.finalInterview().retakeAtTitleSession() && !r.finalInterview().retakeAtCcpSession()) {
                throw new IllegalStateException("Règle de certification " + r.id() + " : l'entretien final doit "
                        + "pouvoir être repassé en session titre ou en session CCP.");
            }
            if (Stream.of(r.jury().legal(), r.appeal().legal(), r.closedTitle().legal(), r.resit().legal(),
                    r.recevabilite().legal(), r.ccs().legal(), r.finalInterview().legal(), r.override().legal())
                    .anyMatch(l -> l == null || l.isEmpty())) {
                throw new IllegalStateException("Règle de certification " + r.id() + " : texte de référence manquant.");
            }
            if (i > 0) {
                LocalDate previousEnd = sets.get(i - 1).validUntil();
                if (previousEnd == null || !previousEnd.plusDays(1).equals(r.validFrom())) {
                    throw new IllegalStateException("Règles de certification : " + r.id() + " doit commencer le "
                            + "lendemain de la fin de " + sets.get(i - 1).id() + ".");
                }
            }
        }
    }
}
