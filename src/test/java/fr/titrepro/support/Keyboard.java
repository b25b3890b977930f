package fr.titrepro.support;

import com.microsoft.playwright.Page;

/** Keyboard-only use of a page (issue 18): where the focus is, whether it shows, walking with Tab. */
public final class Keyboard {

    private Keyboard() {
    }

    /** Presses Tab until the focused element's id or text is {@code target}; fails after 300 presses (a trap, or a control Tab cannot reach). */
    public static void tabUntil(Page page, String target) {
        for (int i = 0; i < 300; i++) {
            page.keyboard().press("Tab");
            if (target.equals(focused(page))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + target);
    }

    public static String focused(Page page) {
        return (String) page.evaluate("() => document.activeElement.id || document.activeElement.textContent.trim()");
    }

    public static boolean focusVisible(Page page) {
        return (Boolean) page.evaluate("""
                () => { const s = getComputedStyle(document.activeElement);
                        return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; }""");
    }
}
