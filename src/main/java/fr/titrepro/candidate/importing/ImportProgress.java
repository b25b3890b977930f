package fr.titrepro.candidate.importing;

/** Told how far an import has gone, so that a page can show it. */
@FunctionalInterface
public interface ImportProgress {

    enum Phase { ANALYSING, WRITING }

    ImportProgress NONE = (phase, done, total) -> {
    };

    void update(Phase phase, int done, int total);
}
