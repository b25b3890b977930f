package fr.titrepro.candidate.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.titrepro.candidate.link.LinkRequest;
import fr.titrepro.candidate.link.LinkRequestStatus;

import java.time.Instant;
import java.time.LocalDate;

/** Link requests as the API shows them: to the asking centre, only what it typed until the person accepts. */
public final class LinkRequestViews {

    private LinkRequestViews() {
    }

    /** {@code candidateId} / {@code candidateReference}: once accepted for the centre; always for the others. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LinkRequestView(long id, LinkRequestStatus status, String statusLabel, long centreId,
                                  String centreName, String typedFullName, LocalDate typedBirthDate,
                                  Instant requestedAt, Instant decidedAt, Long candidateId,
                                  String candidateReference, String message) {

        /** As the asking centre sees it: the record only once accepted. */
        static LinkRequestView forCentre(LinkRequest r) {
            boolean open = r.status == LinkRequestStatus.ACCEPTED;
            return of(r, open);
        }

        /** As the person and the administration see it. */
        static LinkRequestView forDecider(LinkRequest r) {
            return of(r, true);
        }

        private static LinkRequestView of(LinkRequest r, boolean withRecord) {
            return new LinkRequestView(r.id, r.status, r.status.label(), r.centre.id, r.centre.name, r.typedFullName,
                    r.typedBirthDate, r.requestedAt, r.decidedAt, withRecord ? r.candidate.id : null,
                    withRecord ? r.candidate.reference : null, message(r));
        }

        private static String message(LinkRequest r) {
            return switch (r.status) {
                case PENDING -> "Demande de rattachement en attente : la personne (ou l'administration si elle n'a "
                        + "pas de compte) doit l'accepter avant que son dossier soit ouvert au centre.";
                case ACCEPTED -> "Demande de rattachement acceptée : le centre suit désormais cette personne.";
                case REFUSED -> "Demande de rattachement refusée : le centre ne suit pas cette personne.";
            };
        }
    }
}
