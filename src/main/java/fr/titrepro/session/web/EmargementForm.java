package fr.titrepro.session.web;

import fr.titrepro.session.paperwork.EmargementService;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A row's form of the émargement page as posted (issue 17), read once here into the {@link EmargementService.Tick}
 * the API takes too: « true » present, « false » absent, anything else not said (the policy asks for it).
 */
public class EmargementForm {

    @RestForm
    public String epreuve;
    @RestForm
    public String present;
    @RestForm
    public String signature;
    /** The row's number: it only names the anchor and the refused form, anything else is ignored. */
    @RestForm
    public String row;

    EmargementService.Tick tick() {
        Boolean presence = "true".equals(present) ? Boolean.TRUE : "false".equals(present) ? Boolean.FALSE : null;
        return new EmargementService.Tick(epreuve, presence, signature);
    }

    /** The row's number, or null when the page did not send a readable one. */
    String number() {
        return row != null && row.matches("\\d{1,6}") ? row : null;
    }
}
