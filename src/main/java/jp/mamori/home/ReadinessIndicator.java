package jp.mamori.home;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A feature's figures for the privacy manager's readiness dashboard. Implement it as a Spring
 * bean in the feature's package; it is asked only on behalf of a privacy manager, inside a
 * read-only transaction. Each figure must be a direct count of the feature's records, so
 * that what the dashboard says can be checked against the registers.
 */
public interface ReadinessIndicator {

    /** Where the figures stand on the dashboard; the existing features use steps of 10. */
    int order();

    List<Figure> figures(Locale locale, LocalDate today);
}
