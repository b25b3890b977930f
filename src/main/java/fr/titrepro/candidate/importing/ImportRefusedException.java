package fr.titrepro.candidate.importing;

import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.error.ProblemType;

/** The file has bad rows: nothing was written; every bad value is listed. */
public class ImportRefusedException extends ProblemException {

    private final ImportAnalysis analysis;

    public ImportRefusedException(ImportAnalysis analysis) {
        super(ProblemType.VALIDATION, "Le fichier contient " + analysis.errors().size() + " erreur(s) : rien n'a été "
                + "enregistré. Corrigez les lignes signalées puis importez à nouveau le fichier entier.");
        this.analysis = analysis;
    }

    public ImportAnalysis analysis() {
        return analysis;
    }
}
