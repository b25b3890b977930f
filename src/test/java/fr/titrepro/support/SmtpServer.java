package fr.titrepro.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Issue 15: {@code @ExtendWith(SmtpServer.class)} runs the test class against the real SMTP server of
 * {@link MailFixtures}, started before its first test when it is not running. Declare it <em>after</em>
 * {@code @QuarkusTest}: the server's port is read from the test profile's configuration, which Quarkus's extension
 * sets up first (declared before it, the server listened on another port and no mail arrived).
 * <p>
 * The server is left running after the class (the addresses of each test are unique): stopped after one class and
 * started again for the next, it left the mailer's pool a connection to the stopped server, handed to the next
 * class's first send, which failed and was put off to its next attempt (LinkAnsweredMailTest lost its first message
 * that way). Only {@code OutboxDeliveryTest} stops it, on purpose, and starts it again after its tests.
 */
public class SmtpServer implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        MailFixtures.start();
    }
}
