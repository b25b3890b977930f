package fr.titrepro.shared.persistence;

/** A LIKE pattern matching a text typed in a search box, its own % and _ taken literally. */
public final class LikePattern {

    /**
     * The escape character of {@link #startingWith}: to be named in the query ({@code like :p escape '!'}). Naming
     * it also keeps Hibernate from wrapping the parameter in {@code replace(…)} for MariaDB, which hid the pattern
     * from the optimizer.
     */
    public static final char ESCAPE = '!';

    private LikePattern() {
    }

    public static String containing(String text) {
        String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /**
     * Text that starts a value: read through an index on the column (a range), where {@link #containing} reads every
     * row (issue 14). Use with {@code escape '!'}.
     */
    public static String startingWith(String text) {
        String escaped = text.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return escaped + "%";
    }
}
