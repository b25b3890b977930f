package fr.titrepro.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.titrepro.candidate.Candidate;
import fr.titrepro.notification.MailDraft;
import fr.titrepro.notification.Outbox;
import fr.titrepro.notification.OutboxSender;
import fr.titrepro.session.jury.Juror;
import fr.titrepro.session.jury.JurorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Issue 15: a real SMTP server (GreenMail) on the port the test profile gives the mailer ({@code 1<test port>}),
 * the addresses of the people of a scenario, and a sender run until the outbox has nothing due. Only the tests that
 * start it send: the scheduled sender is off in the test profile.
 */
@ApplicationScoped
public class MailFixtures {

    /** One message as received, its parts decoded. */
    public record Received(String to, String subject, String text, String html, String messageId,
                           List<Attachment> attachments) {
    }

    public record Attachment(String name, String type, byte[] bytes) {
    }

    private static GreenMail smtp;

    @Inject
    EntityManager em;

    @Inject
    JurorRepository jurors;

    @Inject
    SessionFixtures sessions;

    @Inject
    OutboxSender sender;

    @Inject
    Outbox outbox;

    public static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.mailer.port", Integer.class);
    }

    public static synchronized void start() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
    }

    /** The SMTP server goes down (what it received is lost with it). */
    public static synchronized void stop() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    /** A unique address of the test domain. */
    public static String address(String who) {
        return who + "-" + SessionFixtures.unique() + "@courriel.test";
    }

    @Transactional
    public void candidateEmail(long candidateId, String email) {
        em.find(Candidate.class, candidateId).email = email;
    }

    @Transactional
    public void candidateLogin(long candidateId, String username) {
        em.find(Candidate.class, candidateId).username = username;
    }

    /** Gives the centre of that staff login a new unique contact address (where the centre's messages go); returns it. */
    @Transactional
    public String centreContact(String staff) {
        String address = address(staff + "-contact");
        em.find(fr.titrepro.centre.Centre.class, sessions.centreOfStaff(staff)).contactEmail = address;
        return address;
    }

    /** Gives the juror of that login a new unique address; returns it. */
    @Transactional
    public String jurorEmail(String username) {
        Juror j = jurors.findByUsername(username).orElseThrow();
        j.email = address(username);
        return j.email;
    }

    @Transactional
    public void enqueue(MailDraft draft) {
        outbox.enqueue(draft);
    }

    /** Runs the sender at {@code now} until nothing due is left; the messages sent. */
    public int drain(Instant now) {
        int sent = 0;
        for (int run = 0; run < 100; run++) {
            OutboxSender.Report r = sender.sendDue(now);
            sent += r.sent();
            if (r.sent() + r.retried() + r.dead() == 0) {
                return sent;
            }
        }
        throw new IllegalStateException("L'envoi ne se termine pas");
    }

    public int drain() {
        return drain(Instant.now());
    }

    /** What the SMTP server received for {@code address}. */
    public static List<Received> receivedBy(String address) {
        List<Received> out = new ArrayList<>();
        try {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                boolean forHim = Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().contains(address));
                if (forHim) {
                    out.add(parse(m, address));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static Received parse(MimeMessage m, String to) throws Exception {
        List<String> texts = new ArrayList<>(List.of("", ""));
        List<Attachment> attachments = new ArrayList<>();
        walk(m, texts, attachments);
        return new Received(to, m.getSubject(), texts.get(0), texts.get(1), m.getMessageID(), attachments);
    }

    private static void walk(Part p, List<String> texts, List<Attachment> attachments) throws Exception {
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart b = mp.getBodyPart(i);
                walk(b, texts, attachments);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition()) || p.getFileName() != null) {
            try (InputStream in = p.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                in.transferTo(out);
                attachments.add(new Attachment(p.getFileName(), p.getContentType(), out.toByteArray()));
            }
        } else if (p.isMimeType("text/plain")) {
            texts.set(0, texts.get(0) + p.getContent());
        } else if (p.isMimeType("text/html")) {
            texts.set(1, texts.get(1) + p.getContent());
        }
    }
}
