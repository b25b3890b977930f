package fr.titrepro.support;

import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The axe-core accessibility engine (vendored in src/test/resources/axe, MPL-2.0) run on a Playwright page: the
 * violations of impact « serious » or « critical », one line per element (issue 18). The script is evaluated through
 * the DevTools protocol, which the pages' Content-Security-Policy (no inline script) does not govern.
 */
public final class Axe {

    private static final String SOURCE = load();

    /** Runs axe on the whole document; WCAG 2.1 A/AA rules and axe's best practices, as RGAA 4.1 maps them. */
    private static final String RUN = """
            async () => {
              const r = await axe.run(document, { resultTypes: ['violations'] });
              return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .flatMap(v => v.nodes.map(n => v.id + ' [' + v.impact + '] ' + n.target.join(' ') + ' — ' + v.help));
            }""";

    private Axe() {
    }

    /** The serious and critical violations of the page as it is now, e.g. « label [critical] #name — Form elements must have labels ». */
    @SuppressWarnings("unchecked")
    public static List<String> violations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(SOURCE);
        }
        return (List<String>) page.evaluate(RUN);
    }

    /** Fails with the list of the serious and critical violations of the page, prefixed by its address. */
    public static void check(Page page) {
        List<String> found = violations(page);
        if (!found.isEmpty()) {
            throw new AssertionError("axe: " + found.size() + " violation(s) on " + page.url() + "\n  "
                    + String.join("\n  ", found));
        }
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
