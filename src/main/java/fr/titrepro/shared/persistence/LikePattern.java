package fr.titrepro.shared.persistence;

/** A LIKE pattern matching a text typed in a search box, its own % and _ taken literally. */
public final class LikePattern {

    private LikePattern() {
    }

    public static String containing(String text) {
        String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
