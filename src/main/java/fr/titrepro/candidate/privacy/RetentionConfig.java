package fr.titrepro.candidate.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long the candidates' transient data is kept before the scheduled purge (docs/security.md, « Retention »). */
@ConfigMapping(prefix = "titrepro.retention")
public interface RetentionConfig {

    /** Import jobs and their error report, from the start of the import. */
    @WithDefault("P7D")
    Duration importJobs();

    /** Link requests never answered, from the request; refused ones, from the refusal. */
    @WithDefault("P180D")
    Duration linkRequests();
}
