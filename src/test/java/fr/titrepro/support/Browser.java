package fr.titrepro.support;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Path;
import java.util.List;

/** Headless Debian Chromium driven by Playwright, with a fresh profile per test class. */
public final class Browser implements AutoCloseable {

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("titrepro.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(ARGS));
    }

    public Page newPage() {
        Page page = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("fr-FR"))
                .newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    /** Logs in through the Keycloak form (code flow) and comes back to the home page. */
    public static void login(Page page, String baseUrl, String username) {
        page.navigate(baseUrl + "login");
        page.fill("#username", username);
        page.fill("#password", username);
        page.click("#kc-login");
        page.waitForURL(url -> url.startsWith(baseUrl) && !url.contains("/login"));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
