package fr.titrepro.centre.api;

import fr.titrepro.centre.ApprovalData;
import fr.titrepro.centre.Centre;
import fr.titrepro.centre.CentreApproval;
import fr.titrepro.centre.CentreData;
import fr.titrepro.centre.CentreStaff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Centres as the API shows and receives them: records only, never entities. */
public final class CentreViews {

    private CentreViews() {
    }

    public record CentreRequest(String name, String siret, String addressLine, String postalCode, String city,
                                String contactName, String contactEmail, String contactPhone, Integer version) {
        CentreData data() {
            return new CentreData(name, siret, addressLine, postalCode, city, contactName, contactEmail, contactPhone);
        }
    }

    public record ApprovalRequest(String titleCode, String siteName, String siteAddressLine, String sitePostalCode,
                                  String siteCity, LocalDate validFrom, LocalDate validUntil) {
        ApprovalData data() {
            return new ApprovalData(titleCode, siteName, siteAddressLine, sitePostalCode, siteCity, validFrom, validUntil);
        }
    }

    public record StaffRequest(String username, String fullName) {
    }

    public record CentreSummary(long id, String name, String siret, String postalCode, String city,
                                List<String> approvedTitles) {
        static CentreSummary of(Centre c) {
            LocalDate today = LocalDate.now();
            return new CentreSummary(c.id, c.name, c.siret, c.postalCode, c.city, c.approvals.stream()
                    .filter(a -> a.isInForceOn(today)).map(a -> a.titleCode).distinct().toList());
        }
    }

    public record ApprovalView(long id, String titleCode, String siteName, String siteAddressLine,
                               String sitePostalCode, String siteCity, LocalDate validFrom, LocalDate validUntil,
                               boolean inForce) {
        static ApprovalView of(CentreApproval a) {
            return new ApprovalView(a.id, a.titleCode, a.siteName, a.siteAddressLine, a.sitePostalCode, a.siteCity,
                    a.validFrom, a.validUntil, a.isInForceOn(LocalDate.now()));
        }
    }

    public record StaffView(long id, String username, String fullName) {
        static StaffView of(CentreStaff s) {
            return new StaffView(s.id, s.username, s.fullName);
        }
    }

    public record CentreDetail(long id, String name, String siret, String addressLine, String postalCode, String city,
                               String contactName, String contactEmail, String contactPhone, Instant createdAt,
                               int version, List<ApprovalView> approvals, List<StaffView> staff) {
        static CentreDetail of(Centre c) {
            return new CentreDetail(c.id, c.name, c.siret, c.addressLine, c.postalCode, c.city, c.contactName,
                    c.contactEmail, c.contactPhone, c.createdAt, c.version,
                    c.approvals.stream().map(ApprovalView::of).toList(),
                    c.staff.stream().map(StaffView::of).toList());
        }
    }
}
