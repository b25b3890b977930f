package fr.titrepro.centre;

import fr.titrepro.notification.Recipient;

/** A centre as the recipient of a message: its contact address (its staff logins carry none), its contact's name. */
public final class CentreContact {

    private CentreContact() {
    }

    public static Recipient of(Centre centre) {
        return new Recipient(centre.contactEmail, centre.contactName == null ? centre.name : centre.contactName, null);
    }
}
