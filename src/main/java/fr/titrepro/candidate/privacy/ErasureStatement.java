package fr.titrepro.candidate.privacy;

/**
 * What one capability did with its data at an erasure: {@code detail} says, in French, what was anonymised or
 * deleted and what is kept and on which legal ground (shown in the erasure answer and in docs/security.md).
 */
public record ErasureStatement(String section, Handling handling, String detail) {

    public enum Handling {
        /** Nothing held on the person. */
        NOTHING,
        /** Personal data cleared or deleted, nothing of the person is left. */
        ERASED,
        /** Records kept (legal obligation), the person's data in them cleared where the law allows. */
        KEPT_ANONYMISED,
        /** Records kept as they are (legal obligation), linked only to the anonymised record. */
        KEPT
    }

    public static ErasureStatement nothing(String section) {
        return new ErasureStatement(section, Handling.NOTHING, "Aucune donnée détenue sur la personne.");
    }
}
