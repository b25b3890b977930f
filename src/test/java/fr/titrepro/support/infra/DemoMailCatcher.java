package fr.titrepro.support.infra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.Socket;

/**
 * Issue 15: the run command's SMTP catcher, GreenMail in this JVM on 127.0.0.1:3025 ({@code TITREPRO_SMTP_PORT}):
 * titrepro's notifications (read them on the page « Courriels envoyés », /admin/mails) and Keycloak's « Mot de passe
 * oublié » mails land here, nothing leaves the machine. Each message received is printed on the console (recipient,
 * subject; the whole text of Keycloak's, whose link is the point).
 */
public final class DemoMailCatcher {

    private final GreenMail smtp;

    private DemoMailCatcher(GreenMail smtp) {
        this.smtp = smtp;
    }

    /** Started on {@code port}, unless something already answers there (another catcher: it is used as is). */
    public static DemoMailCatcher ensure(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            System.out.println("[titrepro] Un serveur SMTP répond déjà sur 127.0.0.1:" + port + " : il est utilisé.");
            return new DemoMailCatcher(null);
        } catch (IOException free) {
            GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            DemoMailCatcher catcher = new DemoMailCatcher(smtp);
            Thread printer = new Thread(catcher::printArrivals, "demo-mail-printer");
            printer.setDaemon(true);
            printer.start();
            return catcher;
        }
    }

    private void printArrivals() {
        int printed = 0;
        while (true) {
            try {
                smtp.waitForIncomingEmail(Long.MAX_VALUE, printed + 1);
                MimeMessage[] all = smtp.getReceivedMessages();
                for (; printed < all.length; printed++) {
                    MimeMessage m = all[printed];
                    String to = String.join(", ", GreenMailUtil.getAddressList(m.getAllRecipients()));
                    System.out.println("[courriel] à " + to + " : " + m.getSubject());
                    if (m.getHeader("X-Titrepro-Key") == null) {
                        System.out.println(GreenMailUtil.getBody(m));
                    }
                }
            } catch (Exception e) {
                return;
            }
        }
    }

    public void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }
}
