package fr.titrepro.candidate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Public references of candidates ("C-7K3M9Q2X"): random (they reveal neither order nor count), in Crockford's
 * base 32 (no I, L, O, U to misread), checked unique against the database before use.
 */
@ApplicationScoped
public class CandidateReferences {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int CHUNK = 1000;
    private final SecureRandom random = new SecureRandom();

    @Inject
    CandidateRepository candidates;

    public String next() {
        return next(1).getFirst();
    }

    /** {@code count} references unused in the database and distinct from each other. */
    public List<String> next(int count) {
        Set<String> fresh = new LinkedHashSet<>();
        while (fresh.size() < count) {
            Set<String> batch = new LinkedHashSet<>();
            while (batch.size() < Math.min(CHUNK, count - fresh.size())) {
                String reference = random();
                if (!fresh.contains(reference)) {
                    batch.add(reference);
                }
            }
            batch.removeAll(candidates.existingReferences(batch));
            fresh.addAll(batch);
        }
        return List.copyOf(fresh);
    }

    private String random() {
        char[] chars = new char[8];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return "C-" + new String(chars);
    }
}
