package fr.titrepro.candidate;

/** What a written import did. Re-importing the same file gives "0 créé, N déjà présents". */
public record ImportResult(int rows, int created, int linked, int alreadyPresent) {

    public String message() {
        String text = created + " " + plural(created, "créé") + ", " + alreadyPresent + " déjà " + plural(alreadyPresent, "présent");
        return linked == 0 ? text : text + ", " + linked + " " + plural(linked, "rattaché") + " à votre centre";
    }

    private static String plural(int n, String word) {
        return n > 1 ? word + "s" : word;
    }
}
