package fr.titrepro.document.longterm;

import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local authority answers requests from several threads at once (issue 16: the documents of a PV validation are
 * signed on the document workers, each asking for two tokens): every token verifies against the authority's
 * certificate and stamps the digest it was asked for. Bouncy Castle's generator signs through one {@code Signature}
 * object; shared between threads, it mixed up the digests of concurrent requests.
 */
class LocalTimestampAuthorityTest {

    static final int THREADS = 8;
    static final int TOKENS_PER_THREAD = 60;

    @Test
    void concurrentRequestsEachGetAValidTokenOverTheirOwnDigest() throws Exception {
        LocalTimestampAuthority tsa = new LocalTimestampAuthority(Clock.systemUTC());
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(threads.submit((Callable<Integer>) () -> checkedTokens(tsa, thread)));
            }
            for (Future<Integer> r : results) {
                assertThat(r.get()).isEqualTo(TOKENS_PER_THREAD);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** Asks for tokens over digests of its own; returns how many verified and stamped the digest asked for. */
    private static int checkedTokens(LocalTimestampAuthority tsa, int thread) throws Exception {
        var verifier = new JcaSimpleSignerInfoVerifierBuilder().build(tsa.chain().getFirst());
        int valid = 0;
        for (int i = 0; i < TOKENS_PER_THREAD; i++) {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(ByteBuffer.allocate(8).putInt(thread).putInt(i).array());
            TimeStampToken token = tsa.timestamp(digest);
            token.validate(verifier); // throws when the signature does not verify
            if (MessageDigest.isEqual(digest, token.getTimeStampInfo().getMessageImprintDigest())) {
                valid++;
            }
        }
        return valid;
    }
}
