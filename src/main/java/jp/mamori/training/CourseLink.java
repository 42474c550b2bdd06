package jp.mamori.training;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** A link to outside material (an intranet page, a video); only http, https and mailto. */
@Embeddable
public record CourseLink(@Column(nullable = false, length = 200) String label,
                         @Column(nullable = false, length = 2000) String url) {

    public static boolean acceptable(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:"))
                && lower.length() <= 2000 && lower.chars().noneMatch(Character::isWhitespace);
    }
}
