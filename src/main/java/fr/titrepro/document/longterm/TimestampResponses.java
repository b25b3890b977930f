package fr.titrepro.document.longterm;

import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.IOException;

/** Reads an RFC 3161 response: a granted token, or the authority's refusal as an error. */
final class TimestampResponses {

    private TimestampResponses() {
    }

    static TimeStampToken token(byte[] response) {
        try {
            TimeStampResponse parsed = new TimeStampResponse(response);
            TimeStampToken token = parsed.getTimeStampToken();
            if (token == null) {
                throw new IllegalStateException("L'autorité d'horodatage a refusé la demande (statut "
                        + parsed.getStatus() + " : " + parsed.getStatusString() + ")");
            }
            return token;
        } catch (TSPException | IOException e) {
            throw new IllegalStateException("Réponse d'horodatage illisible", e);
        }
    }
}
