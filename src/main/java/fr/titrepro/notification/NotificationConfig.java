package fr.titrepro.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** {@code titrepro.notification.*}: delivery of the outbox (docs/notifications.md « Réglages »). */
@ConfigMapping(prefix = "titrepro.notification")
public interface NotificationConfig {

    /** Attempts before a message is DEAD. */
    @WithDefault("6")
    int maxAttempts();

    @WithDefault("PT1M")
    Duration firstRetry();

    @WithDefault("PT6H")
    Duration maxDelay();

    /** A message claimed longer ago and never marked was interrupted (the instance stopped during its send). */
    @WithDefault("PT10M")
    Duration claimTimeout();

    /** Messages claimed by one run of the sender. */
    @WithDefault("20")
    int batchSize();

    /** The administration's mailbox (PV awaiting validation); none: recorded as not sent. */
    Optional<String> administrationEmail();

    /** Whom a message names to contact when its event has no person in charge. */
    @WithDefault("l'administration de la plateforme titrepro")
    String contact();

    /** Sent and SKIPPED messages older than this are purged (with their attachment); DEAD ones are kept. */
    @WithDefault("P90D")
    Duration retention();

    /** How often the sender runs (read by the scheduler; « off »: never, as in tests). */
    String sendEvery();

    /** When delivered and abandoned messages past their retention are purged. */
    String purgeCron();

    /** When the reminders of the sessions starting in two days are queued. */
    String reminderCron();

    /** When the jurors with grids still open at the end of a session day are alerted (Paris time). */
    String openGridCron();

    /** False: no mail is sent at all, every message is recorded SKIPPED (TITREPRO_SMTP_ENABLED). */
    @WithDefault("true")
    boolean mailEnabled();
}
