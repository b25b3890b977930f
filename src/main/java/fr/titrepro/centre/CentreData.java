package fr.titrepro.centre;

/** What an administrator types about a centre (creation and modification). */
public record CentreData(String name, String siret, String addressLine, String postalCode, String city,
                         String contactName, String contactEmail, String contactPhone) {
}
