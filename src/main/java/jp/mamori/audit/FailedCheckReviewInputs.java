package jp.mamori.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.mamori.review.ReviewInput;
import jp.mamori.review.ReviewInputSource;
import jp.mamori.safeguard.CheckAnswer;
import jp.mamori.safeguard.CheckResult;
import jp.mamori.safeguard.OperationalCheck;
import jp.mamori.safeguard.OperationalCheckService;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.time.JapaneseDates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operational-check items answered "not met" in the period, read through the safeguard
 * module's public service, since every failed check feeds the audit's corrective actions.
 */
@Component
class FailedCheckReviewInputs implements ReviewInputSource {

    private final OperationalCheckService checks;
    private final Messages messages;

    FailedCheckReviewInputs(OperationalCheckService checks, Messages messages) {
        this.checks = checks;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReviewInput> inputsFor(LocalDate from, LocalDate to, Locale locale) {
        List<String> failed = new ArrayList<>();
        int answered = 0;
        for (OperationalCheck check : checks.list()) {
            for (CheckAnswer answer : checks.answers(check.getId())) {
                if (answer.getAnsweredAt() == null) {
                    continue;
                }
                LocalDate day = answer.getAnsweredAt().atZone(JapaneseDates.TOKYO).toLocalDate();
                if (day.isBefore(from) || day.isAfter(to)) {
                    continue;
                }
                answered++;
                if (answer.getResult() == CheckResult.NOT_MET) {
                    failed.add("・" + JapaneseDates.iso(day) + " " + answer.getDepartment().getName() + " "
                            + answer.getItem().getCode() + " " + answer.getItem().text(locale)
                            + (answer.getComment() == null ? "" : " — " + answer.getComment()));
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(messages.get(locale, "audit.review.failedChecks.summary", answered, failed.size()));
        lines.addAll(failed);
        return List.of(new ReviewInput("safeguard.failedChecks", 50,
                messages.get(locale, "audit.review.failedChecks"), lines));
    }
}
