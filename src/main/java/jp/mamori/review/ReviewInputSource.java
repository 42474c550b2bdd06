package jp.mamori.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A feature's contribution to the management review (audit results, corrective actions,
 * failed checks, training completion, consignee status, requests, complaints, incidents...).
 * Implement it as a Spring bean; the draft asks every source when it is created. Sources run
 * as the privacy manager creating the draft.
 */
public interface ReviewInputSource {

    /** The inputs for the period {@code from}–{@code to} (both included), written in {@code locale}. */
    List<ReviewInput> inputsFor(LocalDate from, LocalDate to, Locale locale);
}
