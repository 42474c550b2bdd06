package jp.mamori.audit;

/** A checklist question on a clause of the standard; the clause itself is the question when none is given. */
public record ClauseQuestion(String clauseRef, String question) {
}
