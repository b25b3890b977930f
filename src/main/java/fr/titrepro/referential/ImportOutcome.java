package fr.titrepro.referential;

/** What importing a référentiel file did. */
public enum ImportOutcome {
    CREATED, REPLACED, UNCHANGED
}
