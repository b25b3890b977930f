package fr.titrepro.document;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The 18 regions of France (13 in metropolitan France, 5 overseas), each with its départements. Livrets and
 * parchemins are issued by the representative of the DREETS (DEETS overseas) of the region where the session took
 * place (DOMAIN "Documents"; fiche TP-00496, « PARCHEMIN ET LIVRET » : « délivrés par le représentant territorial
 * compétent du ministère du Travail »); the region is read from the postal code of the session's site. Pure.
 */
public enum Region {
    ARA("Auvergne-Rhône-Alpes", "01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"),
    BFC("Bourgogne-Franche-Comté", "21", "25", "39", "58", "70", "71", "89", "90"),
    BRE("Bretagne", "22", "29", "35", "56"),
    CVL("Centre-Val de Loire", "18", "28", "36", "37", "41", "45"),
    COR("Corse", "20"),
    GES("Grand Est", "08", "10", "51", "52", "54", "55", "57", "67", "68", "88"),
    HDF("Hauts-de-France", "02", "59", "60", "62", "80"),
    IDF("Île-de-France", "75", "77", "78", "91", "92", "93", "94", "95"),
    NOR("Normandie", "14", "27", "50", "61", "76"),
    NAQ("Nouvelle-Aquitaine", "16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87"),
    OCC("Occitanie", "09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"),
    PDL("Pays de la Loire", "44", "49", "53", "72", "85"),
    PAC("Provence-Alpes-Côte d'Azur", "04", "05", "06", "13", "83", "84"),
    GUA("Guadeloupe", "971"),
    MTQ("Martinique", "972"),
    GUY("Guyane", "973"),
    LRE("La Réunion", "974"),
    MAY("Mayotte", "976");

    private final String label;
    /** Départements by the leading digits of their postal codes (Corse: 20, both 2A and 2B). */
    private final List<String> departements;

    Region(String label, String... departements) {
        this.label = label;
        this.departements = List.of(departements);
    }

    public String label() {
        return label;
    }

    public List<String> departements() {
        return departements;
    }

    /**
     * The region of a French postal code: its first two digits are the département (three digits overseas, 97x).
     * Empty for a code that is not five digits or belongs to no region (Saint-Pierre-et-Miquelon 975, Monaco 980,
     * the overseas collectivities 98x).
     */
    public static Optional<Region> ofPostalCode(String postalCode) {
        if (postalCode == null) {
            return Optional.empty();
        }
        String code = postalCode.strip();
        if (!code.matches("\\d{5}")) {
            return Optional.empty();
        }
        String departement = code.startsWith("97") || code.startsWith("98") ? code.substring(0, 3)
                : code.substring(0, 2);
        return Arrays.stream(values()).filter(r -> r.departements.contains(departement)).findFirst();
    }
}
