package fr.titrepro.notification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The French text of each message ({@code templates/mail/*.txt}, one per event); {@code layout.html} gives every
 * message its HTML part, with the platform's look, no image, no tracking. The capabilities that cause an event render
 * its body here and queue it with {@link Outbox#enqueue}.
 */
@CheckedTemplate(basePath = "mail")
public class MailTemplates {

    private MailTemplates() {
    }

    public static native TemplateInstance convocation(String name, boolean juror, String session, String period,
                                                      String site);

    public static native TemplateInstance sessionChanged(String name, String session, String period, String site);

    public static native TemplateInstance sessionCancelled(String name, String session, String period, String reason);

    public static native TemplateInstance sessionReminder(String name, String session, String period, String site);

    public static native TemplateInstance pvToValidate(String session, String centre, int jurors);

    public static native TemplateInstance resultAvailable(String name, String session);

    public static native TemplateInstance appealReceived(String name, String session);

    public static native TemplateInstance appealToRedeliberate(String name, String session);

    public static native TemplateInstance appealOutcome(String name, String session);

    public static native TemplateInstance importFinished(String centre, String file, String outcome, String detail,
                                                         int errors);

    public static native TemplateInstance linkAnswered(String centre, String person, boolean accepted, String by);

    public static native TemplateInstance vaeDecision(String name, String title, boolean recevable, String date,
                                                      String reference, String reasons, String validUntil);

    /** @param candidates one line per candidate: the name as the grid shows it and the link to the grid page */
    public static native TemplateInstance gridsOpen(String name, String session, String day,
                                                    java.util.List<String> candidates);

    public static native TemplateInstance pvToSign(String name, String session, boolean rectified, int version);

    /** @param refusals one line per candidate: the name and the reasons */
    public static native TemplateInstance enrolmentsRefused(String centre, String session, String period,
                                                            java.util.List<String> refusals);

    static native TemplateInstance layout(String subject, java.util.List<String> paragraphs, String link,
                                          String why, String contact);
}
