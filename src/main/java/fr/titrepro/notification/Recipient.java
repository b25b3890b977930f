package fr.titrepro.notification;

/**
 * Whom a message is for: an address (null when the platform holds none: the message is recorded as not sent, with
 * the reason), the name used in the greeting, and the login (null for an address that is not a person's account,
 * such as a centre's contact) whose reminder preference applies.
 */
public record Recipient(String email, String name, String username) {

    public Recipient {
        email = email == null || email.isBlank() ? null : email.strip();
    }
}
