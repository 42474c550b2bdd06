package jp.mamori.training;

/** How far one department is with one course (or with all courses, when {@code course} is null). */
public record CompletionRow(String course, String department, int assigned, int completed, int open, int overdue,
                            int failed, int exempted) {

    /** Completed among those who must take it (exempted workers do not count), in percent. */
    public int rate() {
        int required = assigned - exempted;
        return required <= 0 ? 100 : (int) Math.floor(100.0 * completed / required);
    }

    CompletionRow plus(CompletionRow other) {
        return new CompletionRow(course, department, assigned + other.assigned, completed + other.completed,
                open + other.open, overdue + other.overdue, failed + other.failed, exempted + other.exempted);
    }
}
