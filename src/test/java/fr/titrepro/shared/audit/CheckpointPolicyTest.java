package fr.titrepro.shared.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verification of an audit chain against its signed checkpoints (issue 12, « Tamper evidence a database
 * administrator cannot forge »): a rewrite that recomputes every later hash keeps the links intact but no longer ends
 * at the signed head; a checkpoint cannot be made again without the platform's key.
 */
class CheckpointPolicyTest {

    static final long SESSION = 7;
    static final String CHAIN = "DELIBERATION";
    static final Instant T1 = Instant.parse("2026-03-10T10:00:00.123456Z");
    static final Instant T2 = Instant.parse("2026-03-11T10:00:00Z");
    static final KeyPair PLATFORM = keyPair();
    static final KeyPair DBA = keyPair();

    /** A chain of n links whose contents are "decision i". */
    static List<ChainLink> chain(int n) {
        return chain(n, i -> "decision " + i);
    }

    static List<ChainLink> chain(int n, Function<Integer, String> content) {
        List<ChainLink> links = new ArrayList<>();
        String previous = LinkHash.GENESIS;
        for (int i = 0; i < n; i++) {
            String hash = LinkHash.after(previous).field("content", content.apply(i)).sha256();
            links.add(new ChainLink(100 + i, previous, hash, hash));
            previous = hash;
        }
        return links;
    }

    static CheckpointPolicy.Checkpoint signed(long id, List<ChainLink> links, int count, Instant at, KeyPair key) {
        String head = count == 0 ? LinkHash.GENESIS : links.get(count - 1).hash();
        return new CheckpointPolicy.Checkpoint(id, SESSION, CHAIN, head, count, at, "SHA256withRSA",
                sign(CheckpointPolicy.payload(SESSION, CHAIN, head, count, at), key));
    }

    static Stream<Arguments> cases() {
        List<ChainLink> five = chain(5);
        // the DBA changes link 2 and recomputes 2, 3, 4: every link follows the previous and matches its content
        List<ChainLink> rewritten = chain(5, i -> i == 2 ? "decision 2 changed" : "decision " + i);
        List<ChainLink> edited = new ArrayList<>(five);
        edited.set(2, new ChainLink(102, five.get(2).previousHash(), five.get(2).hash(), "recomputed-differently"));
        List<ChainLink> removed = new ArrayList<>(five);
        removed.remove(4);
        CheckpointPolicy.Checkpoint atFive = signed(1, five, 5, T1, PLATFORM);
        CheckpointPolicy.Checkpoint atThree = signed(1, five, 3, T1, PLATFORM);
        CheckpointPolicy.Checkpoint forgedHead = new CheckpointPolicy.Checkpoint(1L, SESSION, CHAIN,
                rewritten.get(4).hash(), 5, T1, "SHA256withRSA", atFive.signature());
        return Stream.of(
                Arguments.of("no link, no checkpoint", List.of(), List.of(), CheckpointPolicy.Status.OK, null, 0),
                Arguments.of("every link signed", five, List.of(atFive), CheckpointPolicy.Status.OK, null, 5),
                Arguments.of("never signed", five, List.of(), CheckpointPolicy.Status.UNSIGNED, null, 0),
                Arguments.of("two links after the checkpoint", five, List.of(atThree),
                        CheckpointPolicy.Status.UNSIGNED, null, 3),
                Arguments.of("later checkpoint covers all", five, List.of(atThree, signed(2, five, 5, T2, PLATFORM)),
                        CheckpointPolicy.Status.OK, null, 5),
                Arguments.of("a link's content changed", edited, List.of(atFive), CheckpointPolicy.Status.BROKEN,
                        102L, 0),
                Arguments.of("rewritten and every later hash recomputed", rewritten, List.of(atFive),
                        CheckpointPolicy.Status.CHECKPOINT_MISMATCH, null, 0),
                Arguments.of("rewrite before an earlier checkpoint", rewritten, List.of(atThree),
                        CheckpointPolicy.Status.CHECKPOINT_MISMATCH, null, 0),
                Arguments.of("last link removed", removed, List.of(atFive),
                        CheckpointPolicy.Status.CHECKPOINT_MISMATCH, null, 0),
                Arguments.of("checkpoint head rewritten to the new chain", rewritten, List.of(forgedHead),
                        CheckpointPolicy.Status.CHECKPOINT_INVALID, null, 0),
                Arguments.of("checkpoint re-signed with another key", rewritten,
                        List.of(signed(1, rewritten, 5, T1, DBA)), CheckpointPolicy.Status.CHECKPOINT_INVALID, null, 0),
                Arguments.of("checkpoint moved in time", five, List.of(new CheckpointPolicy.Checkpoint(1L, SESSION,
                        CHAIN, atFive.headHash(), 5, T2, "SHA256withRSA", atFive.signature())),
                        CheckpointPolicy.Status.CHECKPOINT_INVALID, null, 0),
                Arguments.of("checkpoint of another session", five, List.of(new CheckpointPolicy.Checkpoint(1L,
                        SESSION + 1, CHAIN, atFive.headHash(), 5, T1, "SHA256withRSA", atFive.signature())),
                        CheckpointPolicy.Status.CHECKPOINT_INVALID, null, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verify(String name, List<ChainLink> links, List<CheckpointPolicy.Checkpoint> checkpoints,
                CheckpointPolicy.Status expected, Long firstBroken, int signedLinks) {
        CheckpointPolicy.Report r = CheckpointPolicy.verify(CHAIN, SESSION, links, checkpoints,
                (payload, signature, algorithm) -> verify(payload, signature, algorithm, PLATFORM.getPublic()));
        assertThat(r.status()).as(name).isEqualTo(expected);
        assertThat(r.firstBrokenId()).isEqualTo(firstBroken);
        if (expected == CheckpointPolicy.Status.OK || expected == CheckpointPolicy.Status.UNSIGNED) {
            assertThat(r.signedLinks()).isEqualTo(signedLinks);
        }
        assertThat(r.message()).isNotBlank();
    }

    @Test
    void thePayloadIsSessionChainHeadCountAndTime() {
        assertThat(new String(CheckpointPolicy.payload(3, "SCORES", "ab", 2, T1)))
                .isEqualTo("3|SCORES|ab|2|2026-03-10T10:00:00.123456Z");
    }

    @Test
    void theMessagesNameTheCheckpointAndTheUnsignedLinks() {
        List<ChainLink> five = chain(5);
        assertThat(CheckpointPolicy.verify(CHAIN, SESSION, five, List.of(signed(9, five, 3, T1, PLATFORM)),
                (p, s, a) -> verify(p, s, a, PLATFORM.getPublic())).message())
                .contains("2 enregistrement(s)").contains("n° 103");
        assertThat(CheckpointPolicy.verify(CHAIN, SESSION, chain(5, i -> "x" + i),
                List.of(signed(9, five, 5, T1, PLATFORM)), (p, s, a) -> verify(p, s, a, PLATFORM.getPublic()))
                .message()).contains("point de contrôle n° 9").contains("réécrits");
    }

    static KeyPair keyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] sign(byte[] payload, KeyPair key) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key.getPrivate());
            s.update(payload);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean verify(byte[] payload, byte[] signature, String algorithm, PublicKey key) {
        try {
            Signature s = Signature.getInstance(algorithm);
            s.initVerify(key);
            s.update(payload);
            return s.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
