package jp.mamori.request;

import java.time.LocalDate;
import jp.mamori.shared.time.BusinessCalendar;

/**
 * The request procedure the organisation publishes and follows: how long it takes to answer,
 * what it charges, and how long it keeps the request papers after closing a request.
 *
 * @param responseDays    the response period, counted from the day of receipt (not counted)
 * @param dayCount        whether that period counts calendar or business days
 * @param feeYen          the fee per request in yen; 0 means no fee
 * @param retentionMonths how long request papers are kept after the answer
 */
public record RequestProcedure(int responseDays, DayCount dayCount, int feeYen, int retentionMonths) {

    public LocalDate responseDue(LocalDate receivedOn, BusinessCalendar calendar) {
        return dayCount == DayCount.BUSINESS
                ? calendar.plusBusinessDays(receivedOn, responseDays)
                : receivedOn.plusDays(responseDays);
    }

    public LocalDate destructionDue(LocalDate closedOn) {
        return closedOn.plusMonths(retentionMonths);
    }

    public boolean chargesFee() {
        return feeYen > 0;
    }
}
