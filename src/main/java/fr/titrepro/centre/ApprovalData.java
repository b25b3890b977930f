package fr.titrepro.centre;

import java.time.LocalDate;

/** An agrément to give: the title, the site (plateau technique) and the period. */
public record ApprovalData(String titleCode, String siteName, String siteAddressLine, String sitePostalCode,
                           String siteCity, LocalDate validFrom, LocalDate validUntil) {
}
