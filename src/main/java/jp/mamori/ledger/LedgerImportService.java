package jp.mamori.ledger;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.consignee.Consignee;
import jp.mamori.consignee.ConsigneeService;
import jp.mamori.ledger.LedgerColumns.Entry;
import jp.mamori.ledger.LedgerColumns.Risk;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.shared.i18n.Labelled;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.tabular.ImportError;
import jp.mamori.shared.tabular.ImportRejected;
import jp.mamori.shared.tabular.TabularFile;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads back the workbook {@link LedgerExport} writes. Every row of both sheets is checked
 * first; a single error and nothing is written, and every error is listed by row and column in
 * the reader's language. A row whose reference exists updates that entry, any other creates one
 * (a blank reference is numbered). When the workbook has a risk sheet, the risks of every entry
 * on the ledger sheet become exactly its rows; without one, risks stay as they are.
 */
@Service
public class LedgerImportService {

    /** What an accepted import did. */
    public record Result(int created, int updated, int risks) {
    }

    private record Parsed(TabularFile.Line line, LedgerEntry incoming, LedgerEntry existing) {
    }

    private static final Map<String, Entry> ENTRY_FIELDS = Map.ofEntries(
            Map.entry("reference", Entry.REFERENCE), Map.entry("department", Entry.DEPARTMENT_CODE),
            Map.entry("owner", Entry.OWNER), Map.entry("name", Entry.NAME), Map.entry("dataItems", Entry.DATA_ITEMS),
            Map.entry("dataSubjects", Entry.DATA_SUBJECTS), Map.entry("approximateCount", Entry.APPROXIMATE_COUNT),
            Map.entry("medium", Entry.MEDIUM), Map.entry("format", Entry.FORMAT),
            Map.entry("acquisitionMethod", Entry.ACQUISITION_METHOD), Map.entry("noticeConsent", Entry.NOTICE_CONSENT),
            Map.entry("purposes", Entry.PURPOSES), Map.entry("storagePlace", Entry.STORAGE_PLACE),
            Map.entry("storageMethod", Entry.STORAGE_METHOD), Map.entry("provision.recipient", Entry.PROVISION_RECIPIENT),
            Map.entry("provisionRecipient", Entry.PROVISION_RECIPIENT), Map.entry("provisionBasis", Entry.PROVISION_BASIS),
            Map.entry("provisionAbroad", Entry.PROVISION_ABROAD), Map.entry("provision.country", Entry.PROVISION_COUNTRY),
            Map.entry("provisionCountry", Entry.PROVISION_COUNTRY),
            Map.entry("jointUseDescription", Entry.JOINT_USE_DESCRIPTION),
            Map.entry("retentionPeriod", Entry.RETENTION_PERIOD), Map.entry("disposalMethod", Entry.DISPOSAL_METHOD),
            Map.entry("leakImpact", Entry.LEAK_IMPACT), Map.entry("status", Entry.STATUS),
            Map.entry("nextReviewDate", Entry.NEXT_REVIEW_DATE));
    private static final Map<String, Risk> RISK_FIELDS = Map.of(
            "stage", Risk.STAGE, "threat", Risk.THREAT, "description", Risk.DESCRIPTION,
            "likelihood", Risk.LIKELIHOOD, "impact", Risk.IMPACT, "measures", Risk.MEASURES,
            "safeguardItemCode", Risk.SAFEGUARD_ITEM_CODE, "residualRisk", Risk.RESIDUAL_RISK);

    private final LedgerService ledger;
    private final LedgerAccess access;
    private final PurposeRepository purposes;
    private final DepartmentService departments;
    private final UserService users;
    private final ConsigneeService consignees;
    private final Messages messages;
    private final Validator validator;
    private final LedgerColumns columns;

    LedgerImportService(LedgerService ledger, LedgerAccess access, PurposeRepository purposes,
                        DepartmentService departments, UserService users, ConsigneeService consignees,
                        Messages messages, Validator validator) {
        this.ledger = ledger;
        this.access = access;
        this.purposes = purposes;
        this.departments = departments;
        this.users = users;
        this.consignees = consignees;
        this.messages = messages;
        this.validator = validator;
        this.columns = new LedgerColumns(messages);
    }

    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public Result importFile(byte[] content, Locale requested) {
        Locale locale = Messages.supported(requested);
        if (content != null && content.length > 0 && !looksLikeZip(content)) {
            throw new ImportRejected(List.of(new ImportError(0, "", messages.get(locale, "ledger.import.error.notXlsx"))));
        }
        List<TabularFile.Content> sheets = TabularFile.readSheets(content, messages, locale);
        TabularFile.Content ledgerSheet = sheets.getFirst();
        LedgerColumns.ENTRY_LAYOUT.check(ledgerSheet.header(), messages, locale);
        TabularFile.Content riskSheet = sheets.size() > 1 && !sheets.get(1).header().isEmpty() ? sheets.get(1) : null;
        if (riskSheet != null) {
            try {
                LedgerColumns.RISK_LAYOUT.check(riskSheet.header(), messages, locale);
            } catch (ImportRejected rejected) {
                throw new ImportRejected(rejected.errors().stream()
                        .map(error -> new ImportError(error.row(), onRiskSheet(error.column(), locale), error.message()))
                        .toList());
            }
        }
        if (ledgerSheet.lines().isEmpty()) {
            throw new ImportRejected(List.of(new ImportError(0, "", messages.get(locale, "import.error.noRows"))));
        }
        Locale previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locale);
        try {
            return new Run(locale).importRows(ledgerSheet, riskSheet);
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }

    private static boolean looksLikeZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private String onRiskSheet(String column, Locale locale) {
        return messages.get(locale, "ledger.sheet.risks") + " / " + column;
    }

    /** One import: what is known up front, and the errors found so far. */
    private final class Run {
        private final Locale locale;
        private final List<ImportError> errors = new ArrayList<>();
        private final Map<String, Department> departmentsByCode = new HashMap<>();
        private final Map<String, UserAccount> usersByName = new HashMap<>();
        private final Map<String, Purpose> purposesByText = new HashMap<>();
        private final Map<String, Purpose> newPurposes = new LinkedHashMap<>();
        private final Map<String, List<Consignee>> consigneesByName = new HashMap<>();
        private final Map<Long, Consignee> consigneesById = new HashMap<>();

        Run(Locale locale) {
            this.locale = locale;
            departments.list().forEach(d -> departmentsByCode.put(lower(d.getCode()), d));
            users.activeUsers().forEach(u -> usersByName.put(lower(u.getUsername()), u));
            purposes.findAll().forEach(p -> purposesByText.put(p.getTextJa(), p));
            consignees.selectable().forEach(c -> {
                consigneesByName.computeIfAbsent(lower(c.getName()), name -> new ArrayList<>()).add(c);
                consigneesById.put(c.getId(), c);
            });
        }

        Result importRows(TabularFile.Content ledgerSheet, TabularFile.Content riskSheet) {
            Set<String> references = ledgerSheet.lines().stream()
                    .map(line -> lower(line.cell(Entry.REFERENCE.ordinal())))
                    .filter(reference -> !reference.isEmpty())
                    .collect(Collectors.toSet());
            Map<String, LedgerEntry> existing = ledger.byReference(references);
            List<Parsed> parsed = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (TabularFile.Line line : ledgerSheet.lines()) {
                parseEntry(line, existing, seen).ifPresent(parsed::add);
            }
            Map<String, List<WantedRisk>> risks = riskSheet == null ? null : new HashMap<>();
            if (riskSheet != null) {
                for (TabularFile.Line line : riskSheet.lines()) {
                    parseRisk(line, seen, existing, risks);
                }
            }
            if (!errors.isEmpty()) {
                throw new ImportRejected(errors);
            }
            return write(parsed, risks);
        }

        private Result write(List<Parsed> parsed, Map<String, List<WantedRisk>> risks) {
            Set<String> used = parsed.stream().map(row -> row.incoming().getReference()).filter(r -> r != null)
                    .map(LedgerImportService::lower).collect(Collectors.toSet());
            int unnumbered = (int) parsed.stream().filter(row -> row.incoming().getReference() == null).count();
            List<String> fresh = new ArrayList<>(ledger.newReferences(unnumbered, used));
            purposes.saveAll(newPurposes.values());
            LedgerScope scope = access.current();
            int created = 0;
            int riskCount = 0;
            for (Parsed row : parsed) {
                LedgerEntry incoming = row.incoming();
                LedgerEntry target = row.existing() == null ? new LedgerEntry() : row.existing();
                String reference = incoming.getReference() == null ? fresh.removeFirst() : incoming.getReference();
                List<WantedRisk> wanted = risks == null ? null : risks.getOrDefault(lower(reference), List.of());
                ledger.apply(target, incoming, reference, wanted, consigneesById, scope);
                if (target.isNew()) {
                    ledger.persist(target);
                    created++;
                }
                riskCount += wanted == null ? 0 : wanted.size();
            }
            return new Result(created, parsed.size() - created, riskCount);
        }

        private Optional<Parsed> parseEntry(TabularFile.Line line, Map<String, LedgerEntry> existing, Set<String> seen) {
            int before = errors.size();
            for (Entry column : Entry.values()) {
                if (line.cell(column.ordinal()).length() > column.maxLength) {
                    error(line, column, "import.error.tooLong", column.maxLength);
                }
            }
            if (errors.size() > before) {
                return Optional.empty();
            }
            LedgerEntry entry = new LedgerEntry();
            String reference = cell(line, Entry.REFERENCE);
            if (!reference.isEmpty() && !seen.add(lower(reference))) {
                error(line, Entry.REFERENCE, "import.error.duplicateInFile", reference);
            }
            entry.setReference(reference);
            LedgerEntry stored = reference.isEmpty() ? null : existing.get(lower(reference));
            String code = cell(line, Entry.DEPARTMENT_CODE);
            if (!code.isEmpty()) {
                entry.setDepartment(lookup(departmentsByCode, lower(code), line, Entry.DEPARTMENT_CODE,
                        "import.error.unknownDepartment", code));
            }
            String owner = cell(line, Entry.OWNER);
            if (!owner.isEmpty()) {
                entry.setOwner(lookup(usersByName, lower(owner), line, Entry.OWNER, "ledger.import.error.unknownUser", owner));
            }
            entry.setName(cell(line, Entry.NAME));
            entry.setDataItems(cell(line, Entry.DATA_ITEMS));
            entry.setDataSubjects(cell(line, Entry.DATA_SUBJECTS));
            String count = cell(line, Entry.APPROXIMATE_COUNT);
            if (!count.isEmpty()) {
                entry.setApproximateCount(LedgerColumns.parseCount(count).orElseGet(() -> {
                    error(line, Entry.APPROXIMATE_COUNT, "ledger.import.error.badCount", count);
                    return null;
                }));
            }
            entry.setMedium(label(line, Entry.MEDIUM, Medium.class));
            entry.setFormat(cell(line, Entry.FORMAT));
            entry.setSpecialCare(yesNo(line, Entry.SPECIAL_CARE));
            entry.setMyNumber(yesNo(line, Entry.MY_NUMBER));
            entry.setAcquisitionMethod(label(line, Entry.ACQUISITION_METHOD, AcquisitionMethod.class));
            entry.setNoticeConsent(label(line, Entry.NOTICE_CONSENT, NoticeConsent.class));
            entry.setPurposes(purposesOf(line));
            entry.setStoragePlace(cell(line, Entry.STORAGE_PLACE));
            entry.setStorageMethod(cell(line, Entry.STORAGE_METHOD));
            entry.setAccessDepartments(LedgerColumns.values(cell(line, Entry.ACCESS_DEPARTMENTS), true).stream()
                    .map(value -> lookup(departmentsByCode, lower(value), line, Entry.ACCESS_DEPARTMENTS,
                            "import.error.unknownDepartment", value))
                    .filter(d -> d != null).toList());
            entry.setAccessRoles(LedgerColumns.values(cell(line, Entry.ACCESS_ROLES), true).stream()
                    .map(value -> labelValue(line, Entry.ACCESS_ROLES, Role.class, value))
                    .filter(role -> role != null).toList());
            entry.linkConsignees(consigneesOf(line, stored));
            entry.setProvision(new ThirdPartyProvision(yesNo(line, Entry.PROVIDED), cell(line, Entry.PROVISION_RECIPIENT),
                    label(line, Entry.PROVISION_BASIS, ProvisionBasis.class), yesNo(line, Entry.PROVISION_ABROAD),
                    cell(line, Entry.PROVISION_COUNTRY)));
            entry.setJointUse(yesNo(line, Entry.JOINT_USE));
            entry.setJointUseDescription(cell(line, Entry.JOINT_USE_DESCRIPTION));
            entry.setRetentionPeriod(cell(line, Entry.RETENTION_PERIOD));
            entry.setDisposalMethod(label(line, Entry.DISPOSAL_METHOD, DisposalMethod.class));
            entry.setRetainedPersonalData(yesNo(line, Entry.RETAINED_PERSONAL_DATA));
            entry.setLeakImpact(label(line, Entry.LEAK_IMPACT, RiskLevel.class));
            entry.setStatus(label(line, Entry.STATUS, LedgerStatus.class));
            String next = cell(line, Entry.NEXT_REVIEW_DATE);
            if (!next.isEmpty()) {
                entry.setNextReviewDate(LedgerColumns.parseDate(next).orElseGet(() -> {
                    error(line, Entry.NEXT_REVIEW_DATE, "import.error.badDate", next);
                    return null;
                }));
            }
            Set<Entry> flagged = new HashSet<>();
            for (int i = before; i < errors.size(); i++) {
                flagged.add(columnOf(errors.get(i).column()));
            }
            for (ConstraintViolation<LedgerEntry> violation : validator.validate(entry)) {
                Entry column = ENTRY_FIELDS.get(violation.getPropertyPath().toString());
                if (column != null && flagged.add(column)) {
                    errors.add(new ImportError(line.number(), header(column), violation.getMessage()));
                }
            }
            for (LedgerRules.Problem problem : LedgerRules.problems(entry)) {
                Entry column = ENTRY_FIELDS.get(problem.field());
                if (column != null && flagged.add(column)) {
                    errors.add(new ImportError(line.number(), header(column), messages.get(locale, problem.messageKey())));
                }
            }
            return errors.size() > before ? Optional.empty() : Optional.of(new Parsed(line, entry, stored));
        }

        private List<Purpose> purposesOf(TabularFile.Line line) {
            List<Purpose> result = new ArrayList<>();
            for (String text : LedgerColumns.values(cell(line, Entry.PURPOSES), false)) {
                if (text.length() > Purpose.MAX_TEXT) {
                    error(line, Entry.PURPOSES, "import.error.tooLong", Purpose.MAX_TEXT);
                } else {
                    Purpose known = purposesByText.get(text);
                    result.add(known != null ? known : newPurposes.computeIfAbsent(text, Purpose::new));
                }
            }
            return result;
        }

        private List<ConsigneeLink> consigneesOf(TabularFile.Line line, LedgerEntry stored) {
            Set<Long> linked = new HashSet<>();
            if (stored != null) {
                stored.getConsigneeLinks().forEach(link -> linked.add(link.getConsignee().getId()));
            }
            List<ConsigneeLink> links = new ArrayList<>();
            for (String name : LedgerColumns.values(cell(line, Entry.CONSIGNEES), false)) {
                List<Consignee> found = consigneesByName.getOrDefault(lower(name), List.of());
                if (found.isEmpty()) {
                    error(line, Entry.CONSIGNEES, "ledger.import.error.unknownConsignee", name);
                } else if (found.size() > 1) {
                    error(line, Entry.CONSIGNEES, "ledger.import.error.ambiguousConsignee", name);
                } else if (!linked.contains(found.getFirst().getId()) && !found.getFirst().acceptsNewConsignment()) {
                    error(line, Entry.CONSIGNEES, "ledger.import.error.consigneeNeedsOverride", name);
                } else {
                    links.add(new ConsigneeLink(found.getFirst(), null));
                }
            }
            return links;
        }

        private void parseRisk(TabularFile.Line line, Set<String> references, Map<String, LedgerEntry> existing,
                               Map<String, List<WantedRisk>> risks) {
            int before = errors.size();
            for (Risk column : Risk.values()) {
                if (line.cell(column.ordinal()).length() > column.maxLength) {
                    riskError(line, column, "import.error.tooLong", column.maxLength);
                }
            }
            if (errors.size() > before) {
                return;
            }
            String reference = line.cell(Risk.REFERENCE.ordinal());
            if (reference.isEmpty()) {
                riskError(line, Risk.REFERENCE, "validation.required");
            } else if (!references.contains(lower(reference))) {
                riskError(line, Risk.REFERENCE, "ledger.import.error.riskWithoutEntry", reference);
            }
            Long riskId = null;
            String id = line.cell(Risk.RISK_ID.ordinal());
            if (!id.isEmpty()) {
                LedgerEntry stored = existing.get(lower(reference));
                riskId = LedgerColumns.parseCount(id).map(Integer::longValue).orElse(null);
                Long wantedId = riskId;
                if (wantedId == null || stored == null
                        || stored.getRisks().stream().noneMatch(risk -> risk.getId().equals(wantedId))) {
                    riskError(line, Risk.RISK_ID, "ledger.import.error.unknownRisk", id, reference);
                }
            }
            RiskAssessment risk = new RiskAssessment(
                    riskLabel(line, Risk.STAGE, LifecycleStage.class), riskLabel(line, Risk.THREAT, Threat.class),
                    line.cell(Risk.DESCRIPTION.ordinal()), riskLabel(line, Risk.LIKELIHOOD, RiskLevel.class),
                    riskLabel(line, Risk.IMPACT, RiskLevel.class), line.cell(Risk.MEASURES.ordinal()),
                    line.cell(Risk.SAFEGUARD_ITEM_CODE.ordinal()), riskLabel(line, Risk.RESIDUAL_RISK, RiskLevel.class));
            Set<String> flagged = new HashSet<>();
            for (int i = before; i < errors.size(); i++) {
                flagged.add(errors.get(i).column());
            }
            for (ConstraintViolation<RiskAssessment> violation : validator.validate(risk)) {
                Risk column = RISK_FIELDS.get(violation.getPropertyPath().toString());
                if (column != null && flagged.add(riskHeader(column))) {
                    errors.add(new ImportError(line.number(), riskHeader(column), violation.getMessage()));
                }
            }
            if (errors.size() == before) {
                risks.computeIfAbsent(lower(reference), key -> new ArrayList<>()).add(new WantedRisk(riskId, risk));
            }
        }

        private <E extends Enum<E> & Labelled> E label(TabularFile.Line line, Entry column, Class<E> type) {
            String value = cell(line, column);
            return value.isEmpty() ? null : labelValue(line, column, type, value);
        }

        private <E extends Enum<E> & Labelled> E labelValue(TabularFile.Line line, Entry column, Class<E> type,
                                                           String value) {
            return columns.parseLabel(type, value).orElseGet(() -> {
                error(line, column, "ledger.import.error.unknownValue", value, choices(type));
                return null;
            });
        }

        private <E extends Enum<E> & Labelled> E riskLabel(TabularFile.Line line, Risk column, Class<E> type) {
            String value = line.cell(column.ordinal());
            if (value.isEmpty()) {
                return null;
            }
            return columns.parseLabel(type, value).orElseGet(() -> {
                riskError(line, column, "ledger.import.error.unknownValue", value, choices(type));
                return null;
            });
        }

        private <E extends Enum<E> & Labelled> String choices(Class<E> type) {
            return Arrays.stream(type.getEnumConstants()).map(value -> messages.label(locale, value))
                    .collect(Collectors.joining("、"));
        }

        private boolean yesNo(TabularFile.Line line, Entry column) {
            String value = cell(line, column);
            Boolean parsed = columns.parseYesNo(value);
            if (parsed == null) {
                error(line, column, "import.error.badBoolean", value);
                return false;
            }
            return parsed;
        }

        private <T> T lookup(Map<String, T> known, String key, TabularFile.Line line, Entry column, String messageKey,
                             String value) {
            T found = known.get(key);
            if (found == null) {
                error(line, column, messageKey, value);
            }
            return found;
        }

        private String cell(TabularFile.Line line, Entry column) {
            return line.cell(column.ordinal());
        }

        private void error(TabularFile.Line line, Entry column, String key, Object... args) {
            errors.add(new ImportError(line.number(), header(column), messages.get(locale, key, args)));
        }

        private void riskError(TabularFile.Line line, Risk column, String key, Object... args) {
            errors.add(new ImportError(line.number(), riskHeader(column), messages.get(locale, key, args)));
        }

        private String header(Entry column) {
            return messages.get(locale, column.headerKey());
        }

        private String riskHeader(Risk column) {
            return onRiskSheet(messages.get(locale, column.headerKey()), locale);
        }

        private Entry columnOf(String header) {
            return Arrays.stream(Entry.values()).filter(column -> header(column).equals(header)).findFirst()
                    .orElse(null);
        }
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
