package jp.mamori.safeguard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShareTest {

    @Test
    void thresholdsAreComparedWithoutRounding() {
        assertThat(new Share(7, 10).atLeast(70)).isTrue();
        assertThat(new Share(70, 100).atLeast(70)).isTrue();
        assertThat(new Share(69, 99).atLeast(70)).as("69.69% is under 70%").isFalse();
        assertThat(new Share(699, 1000).atLeast(70)).isFalse();
        assertThat(new Share(7, 9).atLeast(70)).isTrue();
        assertThat(new Share(4, 4).atLeast(100)).isTrue();
        assertThat(new Share(99, 100).atLeast(100)).isFalse();
        assertThat(new Share(0, 0).atLeast(100)).as("nothing applicable blocks nothing").isTrue();
        assertThat(new Share(2, 3).percent()).isEqualTo(66);
    }
}
