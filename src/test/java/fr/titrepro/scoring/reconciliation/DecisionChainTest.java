package fr.titrepro.scoring.reconciliation;

import fr.titrepro.scoring.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionChainTest {

    static final Instant AT = Instant.parse("2026-03-12T10:15:30.123456789Z");

    static DecisionChain.Content content(String subjectKey, Verdict decision, String reason) {
        return new DecisionChain.Content(7, 11, "CCP1", DecisionScope.COMPETENCY, subjectKey, "Compétence " + subjectKey,
                decision, reason, false, false, "jury", AT);
    }

    static List<DecisionChain.Link> chain(DecisionChain.Content... contents) {
        List<DecisionChain.Link> links = new ArrayList<>();
        String previous = DecisionChain.GENESIS;
        long id = 100;
        for (DecisionChain.Content c : contents) {
            String hash = DecisionChain.hash(previous, c);
            links.add(new DecisionChain.Link(id++, c, previous, hash));
            previous = hash;
        }
        return links;
    }

    @Test
    void anUntouchedChainIsIntact() {
        List<DecisionChain.Link> links = chain(content("C1", Verdict.ACQUIRED, null),
                content("C2", Verdict.NOT_ACQUIRED, "MSP non concluante"), content("C3", Verdict.ACQUIRED, null));
        assertThat(DecisionChain.verify(links)).isEqualTo(new DecisionChain.Verification(true, 3, null, null));
        assertThat(DecisionChain.verify(List.of()).intact()).isTrue();
        assertThat(links.getFirst().previousHash()).isEqualTo(DecisionChain.GENESIS);
        assertThat(links.get(1).previousHash()).isEqualTo(links.getFirst().hash());
        assertThat(links.getFirst().hash()).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void aModifiedContentIsDetectedAtItsRecord() {
        List<DecisionChain.Link> links = new ArrayList<>(chain(content("C1", Verdict.ACQUIRED, null),
                content("C2", Verdict.NOT_ACQUIRED, "MSP non concluante"), content("C3", Verdict.ACQUIRED, null)));
        DecisionChain.Link second = links.get(1);
        links.set(1, new DecisionChain.Link(second.id(), content("C2", Verdict.ACQUIRED, "MSP non concluante"),
                second.previousHash(), second.hash()));
        DecisionChain.Verification v = DecisionChain.verify(links);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenId()).isEqualTo(101L);
        assertThat(v.problem()).contains("modifié");
    }

    @Test
    void aRemovedOrRehashedRecordBreaksTheLink() {
        List<DecisionChain.Link> links = new ArrayList<>(chain(content("C1", Verdict.ACQUIRED, null),
                content("C2", Verdict.NOT_ACQUIRED, "x"), content("C3", Verdict.ACQUIRED, null)));
        List<DecisionChain.Link> removed = new ArrayList<>(links);
        removed.remove(1);
        assertThat(DecisionChain.verify(removed).firstBrokenId()).isEqualTo(102L);

        // content and own hash rewritten together: the next record no longer follows it
        DecisionChain.Content forged = content("C2", Verdict.ACQUIRED, "x");
        links.set(1, new DecisionChain.Link(101, forged, links.get(1).previousHash(),
                DecisionChain.hash(links.get(1).previousHash(), forged)));
        assertThat(DecisionChain.verify(links).firstBrokenId()).isEqualTo(102L);
    }

    @Test
    void everyFieldCountsAndFieldsCannotBeShiftedIntoEachOther() {
        String base = DecisionChain.hash(DecisionChain.GENESIS, content("C1", Verdict.ACQUIRED, null));
        assertThat(DecisionChain.hash(DecisionChain.GENESIS, content("C1", Verdict.ACQUIRED, ""))).isNotEqualTo(base);
        assertThat(DecisionChain.hash(DecisionChain.GENESIS, content("C1", Verdict.NOT_ACQUIRED, null)))
                .isNotEqualTo(base);
        DecisionChain.Content a = new DecisionChain.Content(7, 11, "CCP1", DecisionScope.CCP, "ab", "c", Verdict.ACQUIRED,
                null, false, false, "jury", AT);
        DecisionChain.Content b = new DecisionChain.Content(7, 11, "CCP1", DecisionScope.CCP, "a", "bc", Verdict.ACQUIRED,
                null, false, false, "jury", AT);
        assertThat(DecisionChain.hash(DecisionChain.GENESIS, a)).isNotEqualTo(DecisionChain.hash(DecisionChain.GENESIS, b));
        // what the database keeps (microseconds) hashes the same as what was written
        assertThat(DecisionChain.hash(DecisionChain.GENESIS, new DecisionChain.Content(7, 11, "CCP1",
                DecisionScope.COMPETENCY, "C1", "Compétence C1", Verdict.ACQUIRED, null, false, false, "jury",
                fr.titrepro.shared.audit.LinkHash.truncate(AT)))).isEqualTo(base);
    }
}
