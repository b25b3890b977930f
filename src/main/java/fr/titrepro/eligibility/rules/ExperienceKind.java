package fr.titrepro.eligibility.rules;

/** What kind of activity an experience was; each VAE rule set says which kinds count. */
public enum ExperienceKind {
    EMPLOYMENT("Activité salariée", false),
    SELF_EMPLOYMENT("Activité non salariée", false),
    VOLUNTEERING("Bénévolat ou volontariat", false),
    /** Stage, période de formation en milieu professionnel, mise en situation en milieu professionnel (PMSMP). */
    TRAINING_PLACEMENT("Stage ou mise en situation en milieu professionnel", true),
    HIGH_LEVEL_SPORT("Sportif de haut niveau", false),
    UNION_RESPONSIBILITY("Responsabilités syndicales", false),
    ELECTED_OFFICE("Mandat électoral local ou fonction élective", false);

    private final String label;
    private final boolean training;

    ExperienceKind(String label, boolean training) {
        this.label = label;
        this.training = training;
    }

    public String label() {
        return label;
    }

    /** Done as part of an initial or continuing training (limited by some rule sets). */
    public boolean training() {
        return training;
    }
}
