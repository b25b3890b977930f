package fr.titrepro.candidate.importing;

import java.util.List;

/**
 * What an import file would do, before anything is written: the file as read, the first rows, every refused value,
 * and how many people would be created, linked (already registered by another centre, with link) or are already
 * followed by the centre.
 */
public record ImportAnalysis(String encoding, String delimiter, List<String> header, int rowCount,
                             List<List<String>> preview, List<ImportRowError> errors, int toCreate, int toLink,
                             int alreadyPresent) {

    public static final int PREVIEW_ROWS = 10;

    public boolean valid() {
        return errors.isEmpty();
    }
}
