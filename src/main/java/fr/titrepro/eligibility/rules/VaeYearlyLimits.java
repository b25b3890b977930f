package fr.titrepro.eligibility.rules;

import fr.titrepro.eligibility.rules.VaeEligibilityResult.Aspect;
import fr.titrepro.eligibility.rules.VaeEligibilityResult.MissingItem;
import fr.titrepro.eligibility.rules.VaeEligibilityResult.Outcome;
import fr.titrepro.eligibility.rules.VaeEligibilityResult.Reason;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The yearly limits on VAE applications of a rule set of {@link VaeEligibilityPolicy}, when it has them: one
 * application per certification and a few different certifications per calendar year, applications for CCPs only
 * not counted when the rule says so. Pure; table-tested through {@code VaeEligibilityPolicyTest}.
 */
final class VaeYearlyLimits {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The earlier applications of the application's year that count. */
    private record Counted(List<String> sameCertification, Set<String> otherCertifications, int ccpOnlyIgnored) {
    }

    private VaeYearlyLimits() {
    }

    /**
     * Adds the reason of the limits (and the missing facts of earlier applications) for {@code c}.
     *
     * @return whether a limit is exceeded: the application is then not eligible, whatever else is missing
     */
    static boolean exceeded(VaeRuleSet rule, VaeCase c, List<Reason> reasons, List<MissingItem> missing) {
        VaeRuleSet.YearlyLimits limits = rule.yearlyLimits();
        if (limits == null) {
            return false;
        }
        int year = c.applicationDate().getYear();
        Counted n = count(limits, c, missing);
        List<String> legal = VaeRuleSet.cite(limits.legal());
        if (n.ccpOnlyIgnored() > 0) {
            reasons.add(new Reason(rule.id(), Aspect.LIMITS, Outcome.INFO, n.ccpOnlyIgnored()
                    + " demande(s) de " + year + " portant sur des CCP seulement (blocs de compétences) : non comptée(s).",
                    legal));
        }
        if (n.sameCertification().size() + 1 > limits.sameCertification()) {
            reasons.add(new Reason(rule.id(), Aspect.LIMITS, Outcome.NOT_MET, "Une demande pour la certification "
                    + c.certificationCode() + " a déjà été déposée en " + year + " ("
                    + String.join(", ", n.sameCertification()) + ") : au plus " + limits.sameCertification()
                    + " demande par certification et par année civile.", legal));
            return true;
        }
        if (n.otherCertifications().size() + 1 > limits.differentCertifications()) {
            reasons.add(new Reason(rule.id(), Aspect.LIMITS, Outcome.NOT_MET, n.otherCertifications().size()
                    + " demandes pour d'autres certifications ont déjà été déposées en " + year + " ("
                    + String.join(", ", n.otherCertifications()) + ") : au plus " + limits.differentCertifications()
                    + " certifications différentes par année civile.", legal));
            return true;
        }
        reasons.add(new Reason(rule.id(), Aspect.LIMITS, Outcome.MET, "Demandes déjà déposées en " + year
                + " et comptées : " + n.otherCertifications().size() + " pour d'autres certifications, aucune pour "
                + c.certificationCode() + " (au plus " + limits.sameCertification() + " par certification et "
                + limits.differentCertifications() + " certifications différentes).", legal));
        return false;
    }

    private static Counted count(VaeRuleSet.YearlyLimits limits, VaeCase c, List<MissingItem> missing) {
        int year = c.applicationDate().getYear();
        String code = normalise(c.certificationCode());
        List<String> sameCertification = new ArrayList<>();
        Set<String> otherCertifications = new LinkedHashSet<>();
        int ccpOnlyIgnored = 0;
        for (int i = 0; i < c.previousApplications().size(); i++) {
            VaeCase.PreviousApplication p = c.previousApplications().get(i);
            String field = "previousApplications[" + i + "]";
            String name = "Demande antérieure " + p.number();
            if (p.certificationCode() == null || p.certificationCode().isBlank()) {
                missing.add(new MissingItem(field + ".certificationCode", name + " : certification visée."));
                continue;
            }
            if (p.date() == null) {
                missing.add(new MissingItem(field + ".date", name + " : date de dépôt."));
                continue;
            }
            if (p.date().getYear() != year) {
                continue;
            }
            if (p.ccpOnly() && limits.ccpOnlyNotCounted()) {
                ccpOnlyIgnored++;
            } else if (normalise(p.certificationCode()).equals(code)) {
                sameCertification.add(DAY.format(p.date()));
            } else {
                otherCertifications.add(normalise(p.certificationCode()));
            }
        }
        return new Counted(sameCertification, otherCertifications, ccpOnlyIgnored);
    }

    private static String normalise(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }
}
