package jp.mamori.incident;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Optional;
import jp.mamori.audit.CorrectiveActionService;
import jp.mamori.ledger.LedgerService;
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
 * The breach register. Every save re-assesses reportability and the report deadlines, so what
 * is stored is always what the rules say about what is recorded. The privacy manager records
 * breaches; top management and auditors read them.
 */
@Service
@Validated
public class IncidentService {

    static final String READERS = "hasAnyRole('PRIVACY_MANAGER','AUDITOR','TOP_MANAGEMENT')";
    static final String EDITORS = "hasRole('PRIVACY_MANAGER')";

    private final IncidentRepository incidents;
    private final BreachRules rules;
    private final UserService users;
    private final LedgerService ledger;
    private final CorrectiveActionService actions;
    private final Clock clock;
    private final Validator validator;

    IncidentService(IncidentRepository incidents, BreachRules rules, UserService users, LedgerService ledger,
                    CorrectiveActionService actions, Clock clock, Validator validator) {
        this.incidents = incidents;
        this.ledger = ledger;
        this.actions = actions;
        this.rules = rules;
        this.users = users;
        this.clock = clock;
        this.validator = validator;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Page<Incident> page(IncidentFilter filter, Pageable pageable) {
        Page<Incident> page = incidents.findAll(IncidentSpecifications.matching(filter, LocalDate.now(clock)), pageable);
        page.forEach(IncidentService::initialise);
        return page;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long count(IncidentFilter filter) {
        return incidents.count(IncidentSpecifications.matching(filter, LocalDate.now(clock)));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Incident get(long id) {
        Incident incident = incidents.findById(id).orElseThrow();
        initialise(incident);
        return incident;
    }

    /** A blank breach learned of today. */
    @PreAuthorize(EDITORS)
    public Incident newIncident() {
        Incident incident = new Incident();
        incident.setLearnedOn(LocalDate.now(clock));
        return incident;
    }

    /** What the rules say about the criteria, for a form that shows it as it is filled in. */
    @PreAuthorize(READERS)
    public BreachAssessment assess(BreachCriteria criteria) {
        return rules.assess(criteria);
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public Incident save(@Valid Incident incident) {
        checkRules(incident);
        RecordLabel.requireKnown(incident.getLedgerEntryIds(), ledger::labels, "ledgerEntryIds");
        RecordLabel.requireKnown(Optional.ofNullable(incident.getCorrectiveActionId()).stream().toList(), actions::labels,
                "correctiveActionId");
        incident.apply(rules.assess(incident.criteria()));
        Incident saved = incidents.save(incident);
        initialise(saved);
        return saved;
    }

    /** Creates or updates from plain values (the REST API). */
    @PreAuthorize(EDITORS)
    @Transactional
    public Incident save(Long id, Long expectedVersion, IncidentValues values) {
        Incident incident = id == null ? new Incident() : incidents.findById(id).orElseThrow();
        if (id != null && expectedVersion != null) {
            StaleRecordException.check(incident, expectedVersion);
        }
        values.applyTo(incident, this::user);
        var violations = validator.validate(incident);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return save(incident);
    }

    private UserAccount user(long id) {
        try {
            return users.get(id);
        } catch (NoSuchElementException e) {
            throw RuleViolation.onField("handlerId", "incident.error.unknownUser", id);
        }
    }

    private static void checkRules(Incident incident) {
        if (incident.getOccurredOn() != null && incident.getOccurredOn().isAfter(incident.getLearnedOn())) {
            throw RuleViolation.onField("occurredOn", "incident.error.occurredAfterLearned");
        }
        if (incident.getPreliminaryReportedOn() != null && incident.getPreliminaryReportedOn().isBefore(incident.getLearnedOn())) {
            throw RuleViolation.onField("preliminaryReportedOn", "incident.error.reportBeforeLearned");
        }
        if (incident.getFinalReportedOn() != null && (incident.getPreliminaryReportedOn() == null
                || incident.getFinalReportedOn().isBefore(incident.getPreliminaryReportedOn()))) {
            throw RuleViolation.onField("finalReportedOn", "incident.error.finalBeforePreliminary");
        }
    }

    private static void initialise(Incident incident) {
        if (incident.getHandler() != null) {
            incident.getHandler().getDisplayName();
        }
        incident.getLedgerEntryIds();
    }
}
