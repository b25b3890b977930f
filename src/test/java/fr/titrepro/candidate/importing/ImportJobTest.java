package fr.titrepro.candidate.importing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A job left running by a stopped server is reported as failed, once its transaction cannot be alive any more. */
class ImportJobTest {

    @ParameterizedTest(name = "{0}, started {1} min ago → {2}")
    @CsvSource({
            "WRITING, 5, WRITING",
            "WRITING, 14, WRITING",
            "WRITING, 16, FAILED",
            "PENDING, 16, FAILED",
            "ANALYSING, 60, FAILED",
            "DONE, 600, DONE",
            "REFUSED, 600, REFUSED",
    })
    void staleJobs(ImportJob.Status status, int minutesAgo, ImportJob.Status expected) {
        Instant now = Instant.parse("2025-11-20T10:00:00Z");
        ImportJob job = new ImportJob();
        job.status = status;
        job.createdAt = now.minusSeconds(minutesAgo * 60L);
        assertThat(job.effectiveStatus(now)).isEqualTo(expected);
    }
}
