package jp.mamori.training;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One answer of a question, right or wrong. */
@Embeddable
public record Choice(@Column(nullable = false, length = 500) String text,
                     @Column(nullable = false) boolean correct) {
}
