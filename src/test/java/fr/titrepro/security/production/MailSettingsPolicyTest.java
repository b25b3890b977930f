package fr.titrepro.security.production;

import fr.titrepro.security.production.MailSettingsPolicy.MailSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, « a real SMTP server »: a production start is refused when its mails would go nowhere (no SMTP server
 * given, or a mocked mailer), unless the operator turned mail off on purpose (TITREPRO_SMTP_ENABLED=false).
 */
class MailSettingsPolicyTest {

    @ParameterizedTest(name = "TITREPRO_SMTP_HOST={0}, host={1}, mock={2}, enabled={3} → {4}")
    @CsvSource(nullValues = "-", value = {
            // variable      | resolved host    | mock  | enabled | refusals (codes)
            "smtp.exemple.fr , smtp.exemple.fr , false , true  , ''",
            "-               , 127.0.0.1       , false , true  , host",      // the shipped catcher default
            "127.0.0.1       , 127.0.0.1       , false , true  , ''",        // a local relay, said explicitly
            "-               , relay.interne   , false , true  , ''",        // quarkus.mailer.host set directly
            "-               , -               , false , true  , host",
            "'  '            , 127.0.0.1       , false , true  , host",      // a blank variable is not a host
            "smtp.exemple.fr , smtp.exemple.fr , true  , true  , mock",
            "-               , 127.0.0.1       , true  , true  , host mock",
            "-               , 127.0.0.1       , true  , false , ''",        // mail turned off on purpose
            "-               , -               , false , false , ''",
    })
    void refusals(String variable, String host, boolean mock, boolean enabled, String expected) {
        List<String> refusals = MailSettingsPolicy.refusals(new MailSettings(Optional.ofNullable(variable),
                Optional.ofNullable(host), mock, enabled));
        List<String> codes = refusals.stream().map(r -> r.startsWith("quarkus.mailer.host") ? "host"
                : r.startsWith("quarkus.mailer.mock") ? "mock" : r).toList();
        assertThat(String.join(" ", codes)).isEqualTo(expected);
        // French first, then English for the operators' logs
        refusals.forEach(r -> assertThat(r).contains(" / ").contains("TITREPRO_SMTP_ENABLED=false"));
    }
}
