package fr.titrepro.candidate.importing;

/**
 * What a written import did. Re-importing the same file gives "0 créé, N déjà présents"; {@code linked} counts the
 * link requests sent to people already registered that the centre does not follow.
 */
public record ImportResult(int rows, int created, int linked, int alreadyPresent) {

    public String message() {
        String text = created + " " + plural(created, "créé") + ", " + alreadyPresent + " déjà " + plural(alreadyPresent, "présent");
        return linked == 0 ? text : text + ", " + linked + " " + plural(linked, "demande") + " de rattachement "
                + plural(linked, "envoyée") + " (personne déjà inscrite : son dossier vous sera ouvert quand elle "
                + "l'aura acceptée)";
    }

    private static String plural(int n, String word) {
        return n > 1 ? word + "s" : word;
    }
}
