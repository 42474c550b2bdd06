package jp.mamori.training;

/** What the list of assignments is narrowed to; any part may be null. */
public record AssignmentFilter(Long courseId, String cycle, Long departmentId, AssignmentStatus status,
                               boolean overdueOnly, String text, Long userId) {

    public static AssignmentFilter none() {
        return new AssignmentFilter(null, null, null, null, false, null, null);
    }

    public static AssignmentFilter ofUser(long userId) {
        return new AssignmentFilter(null, null, null, null, false, null, userId);
    }
}
