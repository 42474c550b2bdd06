package jp.mamori.consignee;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.mamori.home.Figure;
import jp.mamori.home.ReadinessIndicator;
import jp.mamori.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * Of the consignees under supervision (approved, with or without conditions), those evaluated
 * within their re-evaluation date; and the certifications that have lapsed.
 */
@Component
class ConsigneeReadiness implements ReadinessIndicator {

    static final String EVALUATED = "consignee.evaluated";
    static final String LAPSED = "consignee.lapsedCertifications";

    private final Messages messages;

    @PersistenceContext
    private EntityManager entityManager;

    ConsigneeReadiness(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public List<Figure> figures(Locale locale, LocalDate today) {
        Object[] counts = entityManager.createQuery("select count(c), coalesce(sum(case when c.nextEvaluationDue >= :today"
                        + " then 1 else 0 end), 0) from Consignee c where c.active = true and c.status in :supervised",
                        Object[].class)
                .setParameter("today", today)
                .setParameter("supervised", ConsigneeSpecifications.SUPERVISED)
                .getSingleResult();
        long lapsed = entityManager.createQuery("select count(x) from Certification x join x.consignee c"
                        + " where x.expiresOn < :today and c.active = true and c.status in :supervised", Long.class)
                .setParameter("today", today)
                .setParameter("supervised", ConsigneeSpecifications.SUPERVISED)
                .getSingleResult();
        return List.of(
                Figure.share(EVALUATED, messages.get(locale, "home.figure.consigneesEvaluated"),
                        ((Number) counts[1]).longValue(), ((Number) counts[0]).longValue(), "consignees"),
                Figure.count(LAPSED, messages.get(locale, "home.figure.lapsedCertifications"), lapsed, "consignees"));
    }
}
