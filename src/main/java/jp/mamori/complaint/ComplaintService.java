package jp.mamori.complaint;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import jp.mamori.audit.CorrectiveActionService;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.shared.RecordLabel;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.persistence.StaleRecordException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The register of complaints and consultations: handled by the privacy manager, read by
 * auditors and top management (the management review takes complaints as input).
 */
@Service
@Validated
public class ComplaintService {

    static final String READERS = "hasAnyRole('PRIVACY_MANAGER','AUDITOR','TOP_MANAGEMENT')";
    static final String EDITORS = "hasRole('PRIVACY_MANAGER')";

    private final ComplaintRepository complaints;
    private final UserService users;
    private final CorrectiveActionService actions;
    private final Clock clock;
    private final Validator validator;

    ComplaintService(ComplaintRepository complaints, UserService users, CorrectiveActionService actions, Clock clock,
                     Validator validator) {
        this.complaints = complaints;
        this.actions = actions;
        this.users = users;
        this.clock = clock;
        this.validator = validator;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Page<Complaint> page(ComplaintFilter filter, Pageable pageable) {
        return complaints.findAll(ComplaintSpecifications.matching(filter), pageable);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long count(ComplaintFilter filter) {
        return complaints.count(ComplaintSpecifications.matching(filter));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Complaint get(long id) {
        Complaint complaint = complaints.findById(id).orElseThrow();
        initialise(complaint);
        return complaint;
    }

    /** A blank complaint received today. */
    @PreAuthorize(EDITORS)
    public Complaint newComplaint() {
        Complaint complaint = new Complaint();
        complaint.setReceivedOn(LocalDate.now(clock));
        return complaint;
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public Complaint save(@Valid Complaint complaint) {
        checkStepsInOrder(complaint);
        RecordLabel.requireKnown(Optional.ofNullable(complaint.getCorrectiveActionId()).stream().toList(), actions::labels,
                "correctiveActionId");
        Complaint saved = complaints.save(complaint);
        initialise(saved);
        return saved;
    }

    /** Creates or updates from plain values (the REST API). */
    @PreAuthorize(EDITORS)
    @Transactional
    public Complaint save(Long id, Long expectedVersion, ComplaintValues values) {
        Complaint complaint = id == null ? new Complaint() : complaints.findById(id).orElseThrow();
        if (id != null && expectedVersion != null) {
            StaleRecordException.check(complaint, expectedVersion);
        }
        values.applyTo(complaint, this::user);
        var violations = validator.validate(complaint);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return save(complaint);
    }

    private UserAccount user(long id) {
        try {
            return users.get(id);
        } catch (NoSuchElementException e) {
            throw RuleViolation.onField("handlerId", "complaint.error.unknownUser", id);
        }
    }

    /** A step may be skipped (a consultation needs no improvement) but never dated before an earlier one. */
    private static void checkStepsInOrder(Complaint complaint) {
        Map<String, LocalDate> steps = new LinkedHashMap<>();
        steps.put("receivedOn", complaint.getReceivedOn());
        steps.put("firstResponseOn", complaint.getFirstResponseOn());
        steps.put("investigatedOn", complaint.getInvestigatedOn());
        steps.put("improvedOn", complaint.getImprovedOn());
        steps.put("answeredOn", complaint.getAnsweredOn());
        LocalDate latest = null;
        for (Map.Entry<String, LocalDate> step : steps.entrySet()) {
            if (step.getValue() == null) {
                continue;
            }
            if (latest != null && step.getValue().isBefore(latest)) {
                throw RuleViolation.onField(step.getKey(), "complaint.error.stepsOutOfOrder");
            }
            latest = step.getValue();
        }
    }

    private static void initialise(Complaint complaint) {
        if (complaint.getHandler() != null) {
            complaint.getHandler().getDisplayName();
        }
    }
}
