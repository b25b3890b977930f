package fr.titrepro.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Issue 15: {@code @ExtendWith(SmtpServer.class)} runs the test class against the real SMTP server of
 * {@link MailFixtures}, started before its first test and stopped after its last. Declare it <em>after</em>
 * {@code @QuarkusTest}: the server's port is read from the test profile's configuration, which Quarkus's extension
 * sets up first (declared before it, the server listened on another port and no mail arrived).
 */
public class SmtpServer implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        MailFixtures.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        MailFixtures.stop();
    }
}
