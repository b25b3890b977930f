package fr.titrepro.shared.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A keyset page of a list counted up to a cap (issue 14: « plus de 1 000 » instead of counting millions of rows). */
class PagedTest {

    @Test
    void pastTheCapThePageSaysOnlyThatMoreMatchAndKeepsItsNextPage() {
        Paged<Long> capped = Paged.ofRowsCountedTo(4, List.of(1L, 2L, 3L), 0, 2, 5, SeekCursor::of);
        assertThat(capped.items()).containsExactly(1L, 2L);
        assertThat(capped.totalCapped()).isTrue();
        assertThat(capped.total()).isEqualTo(4);
        assertThat(capped.totalPages()).isEqualTo(-1);
        assertThat(capped.counted()).isFalse();
        assertThat(capped.next()).isEqualTo(SeekCursor.of(2L).encode());
    }

    @Test
    void atOrUnderTheCapOrUncountedThePageIsAsReadByKey() {
        Paged<Long> counted = Paged.ofRowsCountedTo(4, List.of(1L, 2L, 3L), 0, 2, 4, SeekCursor::of);
        assertThat(counted.totalCapped()).isFalse();
        assertThat(counted.total()).isEqualTo(4);
        assertThat(counted.totalPages()).isEqualTo(2);
        assertThat(counted.next()).isEqualTo(SeekCursor.of(2L).encode());
        Paged<Long> uncounted = Paged.ofRowsCountedTo(4, List.of(1L), 0, 2, -1, SeekCursor::of);
        assertThat(uncounted.total()).isEqualTo(-1);
        assertThat(uncounted.totalCapped()).isFalse();
        assertThat(uncounted.next()).isNull();
    }
}
