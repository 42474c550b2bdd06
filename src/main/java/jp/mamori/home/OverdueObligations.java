package jp.mamori.home;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.mamori.reminder.ObligationSource;
import jp.mamori.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/** How many obligations of all features are past their due date and still open. */
@Component
class OverdueObligations implements ReadinessIndicator {

    static final String ID = "obligations.overdue";

    private final List<ObligationSource> obligations;
    private final Messages messages;

    OverdueObligations(List<ObligationSource> obligations, Messages messages) {
        this.obligations = obligations;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public List<Figure> figures(Locale locale, LocalDate today) {
        long overdue = obligations.stream()
                .mapToLong(source -> ObligationTasks.open(source, today.minusDays(1)).count())
                .sum();
        return List.of(Figure.count(ID, messages.get(locale, "home.figure.overdueObligations"), overdue, "notifications"));
    }
}
