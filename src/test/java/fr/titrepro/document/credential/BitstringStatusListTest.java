package fr.titrepro.document.credential;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** W3C Bitstring Status List v1.0 (§3.1 BitstringStatusListEntry, §4.1 bitstring encoding). */
class BitstringStatusListTest {

    /** §4.1: « the first index, with a value of zero (0), is located at the left-most bit in the bitstring ». */
    @ParameterizedTest(name = "document {0} → list {1}, entry {2}")
    @CsvSource({
            "0, 0, 0",
            "1, 0, 1",
            "131071, 0, 131071",
            "131072, 1, 0",
            "400000, 3, 6784"})
    void eachDocumentHasItsEntry(long documentId, long list, int index) {
        assertThat(BitstringStatusList.position(documentId)).isEqualTo(new BitstringStatusList.Position(list, index));
        assertThat(BitstringStatusList.documentId(list, index)).isEqualTo(documentId);
    }

    @ParameterizedTest(name = "entry {0} set")
    @CsvSource({"0", "7", "8", "4242", "131071"})
    void aSetEntryReadsBackAndItsNeighboursDoNot(int index) {
        BitSet set = new BitSet();
        set.set(index);
        String encoded = BitstringStatusList.encode(set);
        assertThat(encoded).startsWith("u");
        assertThat(BitstringStatusList.isSet(encoded, index)).isTrue();
        if (index > 0) {
            assertThat(BitstringStatusList.isSet(encoded, index - 1)).isFalse();
        }
        if (index < BitstringStatusList.SIZE - 1) {
            assertThat(BitstringStatusList.isSet(encoded, index + 1)).isFalse();
        }
    }

    /** The example of the specification (§2.1, an empty list of 131,072 entries), encoded by another implementation. */
    @Test
    void theSpecificationsExampleDecodes() {
        String example = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";
        assertThat(BitstringStatusList.isSet(example, 0)).isFalse();
        assertThat(BitstringStatusList.isSet(example, 94567)).isFalse();
    }

    @Test
    void theFirstBitIsTheMostSignificantOfTheFirstByte() {
        BitSet set = new BitSet();
        set.set(0);
        byte[] gz = java.util.Base64.getUrlDecoder().decode(BitstringStatusList.encode(set).substring(1));
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            byte[] bytes = in.readAllBytes();
            assertThat(bytes).hasSize(16_384);
            assertThat(bytes[0]).isEqualTo((byte) 0x80);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aListThatDoesNotDecodeIsAnError() {
        assertThatThrownBy(() -> BitstringStatusList.isSet("zABC", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BitstringStatusList.isSet("uAAAA", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
