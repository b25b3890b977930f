package fr.titrepro.referential;

/**
 * Implemented by capabilities that refer to a title version (sessions, candidates' CCPs…): a version in use
 * may not lose CCPs through a replacement.
 */
public interface TitleVersionUsage {

    /** A French sentence saying how the version is used, or null when it is not. */
    String usageOf(TitleVersion version);
}
