package fr.titrepro.referential;

/** The épreuves of the référentiel de certification (RC) for a CCP. */
public enum AssessmentKind {
    MSP("Mise en situation professionnelle"),
    PROJECT_PRESENTATION("Présentation d'un projet réalisé en amont de la session"),
    ENTRETIEN_TECHNIQUE("Entretien technique"),
    QUESTIONNAIRE_PROFESSIONNEL("Questionnaire professionnel"),
    QUESTIONNEMENT_PRODUCTIONS("Questionnement à partir de production(s)");

    private final String label;

    AssessmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
