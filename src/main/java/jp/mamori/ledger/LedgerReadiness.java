package jp.mamori.ledger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.mamori.home.Figure;
import jp.mamori.home.ReadinessIndicator;
import jp.mamori.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/** Of the entries in force, those whose next review date has not passed. */
@Component
class LedgerReadiness implements ReadinessIndicator {

    static final String REVIEWED = "ledger.reviewed";

    private final Messages messages;

    @PersistenceContext
    private EntityManager entityManager;

    LedgerReadiness(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Figure> figures(Locale locale, LocalDate today) {
        Object[] counts = entityManager.createQuery("select count(e), coalesce(sum(case when e.nextReviewDate >= :today"
                        + " then 1 else 0 end), 0) from LedgerEntry e where e.status = :active", Object[].class)
                .setParameter("today", today)
                .setParameter("active", LedgerStatus.ACTIVE)
                .getSingleResult();
        return List.of(Figure.share(REVIEWED, messages.get(locale, "home.figure.ledgerReviewed"),
                ((Number) counts[1]).longValue(), ((Number) counts[0]).longValue(), "ledger"));
    }
}
