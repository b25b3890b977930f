package fr.titrepro.candidate.importing;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/** French messages for an import that failed while writing, after a successful validation. */
public final class CandidateImportFailures {

    static final String CONCURRENT_DUPLICATE = "Une autre inscription ou un autre import vient d'enregistrer une des "
            + "personnes du fichier : rien n'a été enregistré, relancez l'import.";

    private CandidateImportFailures() {
    }

    /** A uniqueness constraint refused a row: someone registered the same person since the validation. */
    public static boolean isConcurrentDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException
                    || t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    static String frenchMessage(Throwable e) {
        return isConcurrentDuplicate(e) ? CONCURRENT_DUPLICATE
                : "L'import a échoué de façon inattendue ; rien n'a été enregistré. L'erreur a été journalisée.";
    }

    public static String concurrentDuplicate() {
        return CONCURRENT_DUPLICATE;
    }
}
