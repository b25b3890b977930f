package fr.titrepro.document.verification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

    static final long SECOND = 1_000_000_000L;

    @Test
    void burstThenRefillAtTheConfiguredRate() {
        TokenBucket bucket = new TokenBucket(3, 60, 0);
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        long wait = bucket.take(0);
        assertThat(wait).isEqualTo(SECOND);
        assertThat(bucket.take(SECOND / 2)).isPositive();
        assertThat(bucket.take(SECOND)).isZero();
        assertThat(bucket.take(SECOND)).isPositive();
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        TokenBucket bucket = new TokenBucket(2, 60, 0);
        long later = 3600 * SECOND;
        assertThat(bucket.idle(later)).isTrue();
        assertThat(bucket.take(later)).isZero();
        assertThat(bucket.take(later)).isZero();
        assertThat(bucket.take(later)).isPositive();
        assertThat(bucket.idle(later)).isFalse();
    }
}
