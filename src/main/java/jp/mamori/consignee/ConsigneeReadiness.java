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
 * within their re-evaluation date; and the consignees still relied on with a lapsed certification.
 */
@Component
class ConsigneeReadiness implements ReadinessIndicator {

    static final String EVALUATED = "consignee.evaluated";
    static final String LAPSED = "consignee.certificationLapsed";

    private final Messages messages;
    private final ConsigneeRepository consignees;

    @PersistenceContext
    private EntityManager entityManager;

    ConsigneeReadiness(Messages messages, ConsigneeRepository consignees) {
        this.messages = messages;
        this.consignees = consignees;
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
        long lapsed = consignees.count(ConsigneeSpecifications.certificationLapsed(today));
        return List.of(
                Figure.share(EVALUATED, messages.get(locale, "home.figure.consigneesEvaluated"),
                        ((Number) counts[1]).longValue(), ((Number) counts[0]).longValue(), "consignees"),
                Figure.count(LAPSED, messages.get(locale, "home.figure.certificationLapsed"), lapsed,
                        "consignees?" + ConsigneeFilter.CERTIFICATION_LAPSED_PARAMETER + "=true"));
    }
}
