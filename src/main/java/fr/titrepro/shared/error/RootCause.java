package fr.titrepro.shared.error;

/** The innermost cause of a failure (the driver's, the mail server's), for messages and logs. */
public final class RootCause {

    private RootCause() {
    }

    /** The last of {@code failure}'s causes, or {@code failure} itself when it has none. */
    public static Throwable of(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
