package jp.mamori.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.envers.Audited;

/** The stored request procedure (one row), edited by the privacy manager. */
@Entity
@Table(name = "request_procedure")
@Audited
public class RequestProcedureSettings extends VersionedEntity {

    @Min(value = 1, message = "{request.validation.responseDays}")
    @Max(value = 365, message = "{request.validation.responseDays}")
    @Column(name = "response_days", nullable = false)
    private int responseDays = 14;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "day_count", nullable = false, length = 16)
    private DayCount dayCount = DayCount.CALENDAR;

    @Min(value = 0, message = "{request.validation.fee}")
    @Column(name = "fee_yen", nullable = false)
    private int feeYen;

    @Min(value = 1, message = "{request.validation.retention}")
    @Max(value = 120, message = "{request.validation.retention}")
    @Column(name = "retention_months", nullable = false)
    private int retentionMonths = 12;

    public int getResponseDays() {
        return responseDays;
    }

    public void setResponseDays(int responseDays) {
        this.responseDays = responseDays;
    }

    public DayCount getDayCount() {
        return dayCount;
    }

    public void setDayCount(DayCount dayCount) {
        this.dayCount = dayCount;
    }

    public int getFeeYen() {
        return feeYen;
    }

    public void setFeeYen(int feeYen) {
        this.feeYen = feeYen;
    }

    public int getRetentionMonths() {
        return retentionMonths;
    }

    public void setRetentionMonths(int retentionMonths) {
        this.retentionMonths = retentionMonths;
    }

    public RequestProcedure toProcedure() {
        return new RequestProcedure(responseDays, dayCount, feeYen, retentionMonths);
    }
}
