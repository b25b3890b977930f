package fr.titrepro.candidate.importing;

import fr.titrepro.candidate.IdentityKey;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of a candidate import file, in the order of the template. A header is recognised without regard to
 * case, accents, spaces, dashes or underscores, under its name or one of the names offices commonly use.
 */
public enum ImportColumn {
    BIRTH_NAME("nom_naissance", "birthName", "Nom de naissance", "nom", "nom patronymique", "nom famille"),
    USAGE_NAME("nom_usage", "usageName", "Nom d'usage", "nom marital"),
    FIRST_NAMES("prenoms", "firstNames", "Prénoms, dans l'ordre de l'état civil", "prenom"),
    SEX("sexe", "sex", "F ou M (Madame, Monsieur acceptés)", "civilite", "genre"),
    BIRTH_DATE("date_naissance", "birthDate", "jj/mm/aaaa ou aaaa-mm-jj", "ne le", "nee le"),
    BIRTH_COMMUNE("commune_naissance", "birthCommune", "Commune de naissance", "ville naissance", "lieu naissance"),
    BIRTH_DEPARTMENT("departement_naissance", "birthDepartment", "Département de naissance (69, 2A, 974), si né(e) en France",
            "dept naissance"),
    BIRTH_COUNTRY("pays_naissance", "birthCountry", "Pays de naissance, si né(e) à l'étranger"),
    NATIONALITY("nationalite", "nationality", "Nationalité"),
    EMAIL("email", "email", "Adresse électronique", "courriel", "mail", "adresse electronique"),
    PHONE("telephone", "phone", "Téléphone", "tel", "portable", "mobile"),
    ADDRESS_LINE("adresse", "addressLine", "Adresse postale (numéro et voie)", "adresse postale"),
    POSTAL_CODE("code_postal", "postalCode", "Code postal", "cp"),
    CITY("ville", "city", "Ville", "commune"),
    COUNTRY("pays", "country", "Pays de résidence (vide : France)"),
    PATHWAY("parcours", "pathway", "FORMATION, VAE ou CAPITALISATION", "voie d acces"),
    TITLE("titre", "trainingTitleCode", "Code du titre préparé (TP-00496)", "code titre", "titre vise", "code rncp titre"),
    TRAINED_CCPS("ccp", "trainedCcpNumbers", "Numéros des CCP préparés (vide : tout le titre), ex. 1,2", "ccp prepares",
            "ccp formes"),
    TRAINING_START("debut_formation", "trainingStart", "Début de la formation", "date debut formation"),
    TRAINING_END("fin_formation", "trainingEnd", "Fin de la formation", "date fin formation"),
    VAE_DECISION("vae_decision", "vaeDecisionReference", "Référence de la décision de recevabilité VAE",
            "reference recevabilite", "recevabilite"),
    VAE_DATE("vae_date", "vaeDecisionDate", "Date de la décision de recevabilité", "date recevabilite"),
    EXTRA_TIME("temps_supplementaire", "extraTimePercent", "Temps supplémentaire en % (tiers-temps : 33)",
            "tiers temps", "temps majore"),
    ASSISTANCE("assistance", "assistance", "Aide humaine (secrétaire, interprète LSF…)", "aide humaine"),
    ADAPTED_EQUIPMENT("materiel_adapte", "adaptedEquipment", "Matériel adapté", "materiel"),
    ACCOMMODATION_NOTES("amenagements", "accommodationNotes", "Autres aménagements", "amenagements notes", "remarques");

    private static final Map<String, ImportColumn> BY_HEADER = new HashMap<>();

    static {
        for (ImportColumn c : values()) {
            Stream.concat(Stream.of(c.header), c.aliases.stream()).forEach(h -> {
                if (BY_HEADER.put(key(h), c) != null) {
                    throw new IllegalStateException("Nom de colonne ambigu : " + h);
                }
            });
        }
    }

    private final String header;
    private final String field;
    private final String hint;
    private final List<String> aliases;

    ImportColumn(String header, String field, String hint, String... aliases) {
        this.header = header;
        this.field = field;
        this.hint = hint;
        this.aliases = Arrays.asList(aliases);
    }

    public String header() {
        return header;
    }

    /** The API field this column fills. */
    public String field() {
        return field;
    }

    public String hint() {
        return hint;
    }

    public static Optional<ImportColumn> ofHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(key(header)));
    }

    public static Optional<ImportColumn> ofField(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }

    /** "Date de naissance", "date_naissance" and "DATE NAISSANCE" are the same column. */
    private static String key(String header) {
        return IdentityKey.normalise(header).replaceAll("\\b(DE|DU|DES|D|LA|LE|L)\\b", "").replace(" ", "");
    }
}
