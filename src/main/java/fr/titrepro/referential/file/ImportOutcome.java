package fr.titrepro.referential.file;

/** What importing a référentiel file did. */
public enum ImportOutcome {
    CREATED, REPLACED, UNCHANGED
}
