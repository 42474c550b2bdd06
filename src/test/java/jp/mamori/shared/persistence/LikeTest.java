package jp.mamori.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void wildcardsTypedByAPersonAreMatchedLiterally() {
        assertThat(Like.contains(" 100%_Off\\ ")).isEqualTo("%100\\%\\_off\\\\%");
        assertThat(Like.contains("個人情報")).isEqualTo("%個人情報%");
    }
}
