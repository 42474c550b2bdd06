package jp.mamori.training;

import java.util.List;

/** Everything about one worker's training: each assignment with its submissions and attestation. */
public record PersonRecord(long userId, String displayName, String department, List<Entry> entries) {

    public record Entry(TrainingAssignment assignment, List<QuizSubmission> submissions, Attestation attestation) {
    }
}
