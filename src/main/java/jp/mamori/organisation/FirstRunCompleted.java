package jp.mamori.organisation;

/** The organisation and its first administrator now exist; {@code demoRequested} asks for sample data. */
public record FirstRunCompleted(long organisationId, long administratorId, boolean demoRequested) {
}
