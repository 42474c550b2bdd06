package jp.mamori.home;

import java.time.LocalDate;

/**
 * Something that waits for a person.
 *
 * @param kindKey bundle key of what kind of task it is (e.g. {@code home.task.audit})
 * @param subject which record (e.g. the course's title)
 * @param dueDate by when, or null when there is no deadline
 * @param link    the route where it is done, e.g. {@code audits/12}
 */
public record Task(String kindKey, String subject, LocalDate dueDate, String link) {

    public boolean isOverdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today);
    }
}
