package fr.titrepro.document.credential;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The Bitstring Status List encoding (W3C Bitstring Status List v1.0, §3.1 and §4.1): a bitstring of at least
 * 131,072 entries (16 KB, so that one credential's position says little), index 0 being the leftmost bit of the
 * first byte, GZIP-compressed, then Multibase base64url without padding (prefix {@code u}). A set bit means revoked.
 */
public final class BitstringStatusList {

    /** Entries per list, the minimum the specification sets for group privacy. */
    public static final int SIZE = 131_072;

    private BitstringStatusList() {
    }

    /** Which list and which entry of it a document's credential uses: its database id, 131,072 per list. */
    public record Position(long list, int index) {
    }

    public static Position position(long documentId) {
        return new Position(documentId / SIZE, (int) (documentId % SIZE));
    }

    public static long documentId(long list, int index) {
        return list * SIZE + index;
    }

    /** The encodedList of a list whose set entries are {@code set}. */
    public static String encode(BitSet set) {
        byte[] bytes = new byte[SIZE / 8];
        set.stream().filter(i -> i < SIZE).forEach(i -> bytes[i / 8] |= (byte) (0x80 >>> (i % 8)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** Whether entry {@code index} of an encodedList is set; a list that does not decode is an error. */
    public static boolean isSet(String encodedList, int index) {
        if (encodedList == null || !encodedList.startsWith("u") || index < 0) {
            throw new IllegalArgumentException("Liste de statuts illisible");
        }
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(
                Base64.getUrlDecoder().decode(encodedList.substring(1))))) {
            byte[] bytes = gzip.readAllBytes();
            if (index / 8 >= bytes.length) {
                throw new IllegalArgumentException("Position hors de la liste de statuts");
            }
            return (bytes[index / 8] & (0x80 >>> (index % 8))) != 0;
        } catch (IOException e) {
            throw new IllegalArgumentException("Liste de statuts illisible", e);
        }
    }
}
