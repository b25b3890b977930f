package fr.titrepro.referential;

/** Where a competency sits: in an activité type (CCP), across the title (transversale), or in a CCS. */
public enum CompetencyKind {
    PROFESSIONAL, TRANSVERSAL, CCS
}
