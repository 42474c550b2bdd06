package jp.mamori.request;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Objects;
import jp.mamori.ledger.LedgerService;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.shared.RecordLabel;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.persistence.StaleRecordException;
import jp.mamori.shared.time.BusinessCalendar;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The register of data-subject requests. Requests carry third parties' personal data, so only
 * the privacy manager handles them; auditors and top management read; employees see nothing.
 */
@Service
@Validated
public class SubjectRequestService {

    static final String READERS = "hasAnyRole('PRIVACY_MANAGER','AUDITOR','TOP_MANAGEMENT')";
    static final String EDITORS = "hasRole('PRIVACY_MANAGER')";

    private final SubjectRequestRepository requests;
    private final RequestProcedureService procedures;
    private final UserService users;
    private final LedgerService ledger;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final Validator validator;

    SubjectRequestService(SubjectRequestRepository requests, RequestProcedureService procedures, UserService users,
                          LedgerService ledger, BusinessCalendar calendar, Clock clock, Validator validator) {
        this.requests = requests;
        this.ledger = ledger;
        this.procedures = procedures;
        this.users = users;
        this.calendar = calendar;
        this.clock = clock;
        this.validator = validator;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Page<SubjectRequest> page(SubjectRequestFilter filter, Pageable pageable) {
        Page<SubjectRequest> page = requests.findAll(SubjectRequestSpecifications.matching(filter, LocalDate.now(clock)), pageable);
        page.forEach(SubjectRequestService::initialise);
        return page;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long count(SubjectRequestFilter filter) {
        return requests.count(SubjectRequestSpecifications.matching(filter, LocalDate.now(clock)));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public SubjectRequest get(long id) {
        SubjectRequest request = requests.findById(id).orElseThrow();
        initialise(request);
        return request;
    }

    /** A blank request received today, charged the fee the procedure states. */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public SubjectRequest newRequest() {
        SubjectRequest request = new SubjectRequest();
        request.setReceivedOn(LocalDate.now(clock));
        request.setFeeAmount(procedures.current().feeYen());
        return request;
    }

    /** The response date a request received on that day gets under the procedure in force. */
    @PreAuthorize(READERS)
    public LocalDate responseDueFor(LocalDate receivedOn) {
        return procedures.current().responseDue(receivedOn, calendar);
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public SubjectRequest save(@Valid SubjectRequest request) {
        Previous previous = request.isNew() ? Previous.NONE
                : requests.findById(request.getId()).map(Previous::of).orElseThrow();
        return store(request, previous);
    }

    /** Creates or updates from plain values (the REST API). */
    @PreAuthorize(EDITORS)
    @Transactional
    public SubjectRequest save(Long id, Long expectedVersion, SubjectRequestValues values) {
        SubjectRequest request = id == null ? newRequest() : requests.findById(id).orElseThrow();
        if (id != null && expectedVersion != null) {
            StaleRecordException.check(request, expectedVersion);
        }
        Previous previous = id == null ? Previous.NONE : Previous.of(request);
        values.applyTo(request, this::user);
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return store(request, previous);
    }

    /**
     * The dates a request had when it was loaded: its response date follows the procedure in
     * force when it was received, and is recomputed only when the date of receipt changes.
     */
    private record Previous(LocalDate receivedOn, LocalDate respondedOn) {
        static final Previous NONE = new Previous(null, null);

        static Previous of(SubjectRequest request) {
            return new Previous(request.getReceivedOn(), request.getRespondedOn());
        }
    }

    private SubjectRequest store(SubjectRequest request, Previous previous) {
        checkRules(request);
        RecordLabel.requireKnown(request.getLedgerEntryIds(), ledger::labels, "ledgerEntryIds");
        RequestProcedure procedure = procedures.current();
        if (request.getResponseDue() == null || !Objects.equals(previous.receivedOn(), request.getReceivedOn())) {
            request.setResponseDue(procedure.responseDue(request.getReceivedOn(), calendar));
        }
        if (request.getRespondedOn() == null) {
            request.setDestructionDue(null);
        } else if (request.getDestructionDue() == null
                || !Objects.equals(previous.respondedOn(), request.getRespondedOn())) {
            request.setDestructionDue(procedure.destructionDue(request.getRespondedOn()));
        }
        SubjectRequest saved = requests.save(request);
        initialise(saved);
        return saved;
    }

    private UserAccount user(long id) {
        try {
            return users.get(id);
        } catch (NoSuchElementException e) {
            throw new RuleViolation("request.error.unknownUser", id);
        }
    }

    private static void checkRules(SubjectRequest request) {
        if (request.getProxyKind() != ProxyKind.NONE
                && (request.getProxyName() == null || request.getProxyDocuments() == null)) {
            throw RuleViolation.onField("proxyDocuments", "request.error.proxyDetails");
        }
        if (request.getDecision() != null && request.getDecision() != Decision.COMPLY
                && request.getRefusalGround() == null) {
            throw RuleViolation.onField("refusalGround", "request.error.groundRequired");
        }
        if (request.getRespondedOn() != null) {
            if (request.getRespondedOn().isBefore(request.getReceivedOn())) {
                throw RuleViolation.onField("respondedOn", "request.error.respondedBeforeReceived");
            }
            if (request.getDecision() == null || request.getResponseMethod() == null) {
                throw RuleViolation.onField("decision", "request.error.decisionRequired");
            }
            if (request.getDecision() != Decision.REFUSE && !request.isIdentityVerified()) {
                throw RuleViolation.onField("identityMethod", "request.error.identityNotVerified");
            }
        }
        if (request.getDestroyedOn() != null
                && (request.getRespondedOn() == null || request.getDestroyedOn().isBefore(request.getRespondedOn()))) {
            throw RuleViolation.onField("destroyedOn", "request.error.destroyedBeforeClosed");
        }
    }

    private static void initialise(SubjectRequest request) {
        if (request.getHandler() != null) {
            request.getHandler().getDisplayName();
        }
        if (request.getIdentityVerifiedBy() != null) {
            request.getIdentityVerifiedBy().getDisplayName();
        }
        request.getLedgerEntryIds();
    }
}
