package jp.mamori.request;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jp.mamori.shared.persistence.StaleRecordException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The request procedure: read by whoever needs the organisation's promise (request handling,
 * the public notice), changed by the privacy manager.
 */
@Service
@Validated
public class RequestProcedureService {

    private final RequestProcedureRepository settings;
    private final Validator validator;

    RequestProcedureService(RequestProcedureRepository settings, Validator validator) {
        this.settings = settings;
        this.validator = validator;
    }

    /** The procedure in force. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RequestProcedure current() {
        return stored().toProcedure();
    }

    /** The stored settings, for the settings form. */
    @PreAuthorize("hasAnyRole('PRIVACY_MANAGER','AUDITOR','TOP_MANAGEMENT')")
    @Transactional(readOnly = true)
    public RequestProcedureSettings settings() {
        return stored();
    }

    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public RequestProcedureSettings save(@Valid RequestProcedureSettings changed) {
        return settings.save(changed);
    }

    /** Replaces the procedure from plain values (tests and the API). */
    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public RequestProcedureSettings save(RequestProcedure procedure, Long expectedVersion) {
        RequestProcedureSettings stored = stored();
        if (expectedVersion != null) {
            StaleRecordException.check(stored, expectedVersion);
        }
        stored.setResponseDays(procedure.responseDays());
        stored.setDayCount(procedure.dayCount());
        stored.setFeeYen(procedure.feeYen());
        stored.setRetentionMonths(procedure.retentionMonths());
        var violations = validator.validate(stored);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return settings.save(stored);
    }

    private RequestProcedureSettings stored() {
        return settings.findFirstByOrderByIdAsc().orElseThrow();
    }
}
