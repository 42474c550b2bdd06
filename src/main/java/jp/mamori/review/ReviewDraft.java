package jp.mamori.review;

import java.time.LocalDate;
import java.util.List;

/**
 * The privacy manager's edit of a draft: the meeting and the full list of sections, in order.
 * A section without id is added; a stored section left out is removed.
 */
public record ReviewDraft(LocalDate meetingDate, String attendees, List<Section> sections) {

    public record Section(Long id, String title, String body) {
    }
}
