package fr.titrepro.deliberation;

import fr.titrepro.candidate.acquired.AcquiredBatch;
import fr.titrepro.candidate.acquired.HeldCcp;
import fr.titrepro.document.CcpCredentialData;
import fr.titrepro.document.CcpCredentials;

import java.util.ArrayList;
import java.util.List;

/**
 * What one validation records for its candidates, gathered by {@link SessionCertification#apply} and written
 * together by {@link SessionCertification#store} (issue 16): the CCPs held and titles obtained (one batch per table),
 * then the credentials of the CCPs recorded, which need the ids of their rows. Not thread-safe: one transaction's.
 */
public final class CertificationBatch {

    /** A CCP credential to issue once its held CCP has an id. */
    private record PendingCredential(HeldCcp held, CcpCredentialData data, Long sessionId) {
    }

    final AcquiredBatch acquired;
    private final List<PendingCredential> credentials = new ArrayList<>();

    CertificationBatch(AcquiredBatch acquired) {
        this.acquired = acquired;
    }

    void credential(HeldCcp held, CcpCredentialData data, Long sessionId) {
        credentials.add(new PendingCredential(held, data, sessionId));
    }

    /** Writes the CCPs and titles; returns the credentials to issue, their held CCPs' ids known. */
    List<CcpCredentials.NewCredential> store() {
        acquired.store();
        List<CcpCredentials.NewCredential> issued = credentials.stream()
                .map(c -> new CcpCredentials.NewCredential(c.held().id, c.data(), c.sessionId())).toList();
        credentials.clear();
        return issued;
    }
}
