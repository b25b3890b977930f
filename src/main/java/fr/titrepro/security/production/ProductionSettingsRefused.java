package fr.titrepro.security.production;

import java.util.List;

/** A production start refused: the message lists every setting to change, one per line. */
public class ProductionSettingsRefused extends IllegalStateException {

    private final List<String> refusals;

    public ProductionSettingsRefused(List<String> refusals) {
        super("Démarrage en production refusé, " + refusals.size() + " réglage(s) à corriger :\n - "
                + String.join("\n - ", refusals));
        this.refusals = List.copyOf(refusals);
    }

    public List<String> refusals() {
        return refusals;
    }
}
