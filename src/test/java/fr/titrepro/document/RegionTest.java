package fr.titrepro.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The region of a session's site, whose DREETS signs its livrets and parchemins (DOMAIN "Documents": « the signatory is
 * the representative of the DREETS of the region where the session took place (one per region, configured) »; fiche
 * TP-00496 line 131). Regions and départements: loi n° 2015-29 du 16 janvier 2015 (13 metropolitan regions) and the
 * 5 overseas regions.
 */
class RegionTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "none", value = {
            "69001, ARA",   // Lyon
            "69100, ARA",   // Villeurbanne
            "38000, ARA",   // Grenoble
            "44000, PDL",   // Nantes
            "85000, PDL",   // La Roche-sur-Yon
            "59650, HDF",   // Villeneuve-d'Ascq
            "75015, IDF",   // Paris
            "13001, PAC",   // Marseille
            "20000, COR",   // Ajaccio (2A)
            "20200, COR",   // Bastia (2B)
            "01000, ARA",   // Bourg-en-Bresse: the leading zero counts
            "97110, GUA",   // Pointe-à-Pitre
            "97200, MTQ",   // Fort-de-France
            "97300, GUY",   // Cayenne
            "97400, LRE",   // Saint-Denis
            "97600, MAY",   // Mamoudzou
            "97500, none",  // Saint-Pierre-et-Miquelon: a collectivity, no DREETS
            "98000, none",  // Monaco
            "6900, none",   // not five digits
            "'', none",
            "ABCDE, none"})
    void theRegionOfAPostalCode(String postalCode, Region expected) {
        assertThat(Region.ofPostalCode(postalCode)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void eighteenRegionsShareTheNinetySixDepartementsWithoutOverlap() {
        assertThat(Region.values()).hasSize(18);
        Set<String> seen = new HashSet<>();
        Arrays.stream(Region.values()).flatMap(r -> r.departements().stream())
                .forEach(d -> assertThat(seen.add(d)).as("département " + d + " in one region only").isTrue());
        // metropolitan départements 01 to 95 (Corse 2A and 2B under 20), every one in a region
        IntStream.rangeClosed(1, 95).mapToObj(n -> "%02d".formatted(n))
                .forEach(d -> assertThat(seen).as("département " + d).contains(d));
        assertThat(seen).contains("971", "972", "973", "974", "976").hasSize(95 + 5);
    }
}
