package jp.mamori.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import jp.mamori.organisation.Department;
import jp.mamori.shared.i18n.Labelled;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.tabular.ColumnLayout;
import jp.mamori.shared.time.JapaneseDates;

/**
 * The ledger as Japanese offices keep it in a spreadsheet: one row per entry on the first sheet,
 * one row per risk on the second, Japanese headers and labels. Export writes it and import reads
 * it back, so the two never disagree. Columns marked "for reading" are written for people and
 * ignored on import.
 */
final class LedgerColumns {

    /** Where a cell holds several values (purposes, consignees...), they are one per line. */
    static final String LINE = "\n";

    /** The columns of the ledger sheet, in order, with the longest text a cell may hold. */
    enum Entry {
        REFERENCE(LedgerEntry.MAX_REFERENCE, false),
        DEPARTMENT_CODE(32, false),
        DEPARTMENT_NAME(200, true),
        OWNER(64, false),
        NAME(LedgerEntry.MAX_NAME, false),
        DATA_ITEMS(LedgerEntry.MAX_LONG_TEXT, false),
        DATA_SUBJECTS(LedgerEntry.MAX_TEXT, false),
        APPROXIMATE_COUNT(15, false),
        MEDIUM(50, false),
        FORMAT(LedgerEntry.MAX_SHORT_TEXT, false),
        SPECIAL_CARE(10, false),
        MY_NUMBER(10, false),
        ACQUISITION_METHOD(100, false),
        NOTICE_CONSENT(100, false),
        PURPOSES(20_000, false),
        STORAGE_PLACE(LedgerEntry.MAX_TEXT, false),
        STORAGE_METHOD(LedgerEntry.MAX_TEXT, false),
        ACCESS_DEPARTMENTS(5_000, false),
        ACCESS_ROLES(1_000, false),
        CONSIGNEES(10_000, false),
        PROVIDED(10, false),
        PROVISION_RECIPIENT(500, false),
        PROVISION_BASIS(100, false),
        PROVISION_ABROAD(10, false),
        PROVISION_COUNTRY(100, false),
        JOINT_USE(10, false),
        JOINT_USE_DESCRIPTION(LedgerEntry.MAX_LONG_TEXT, false),
        RETENTION_PERIOD(LedgerEntry.MAX_SHORT_TEXT, false),
        DISPOSAL_METHOD(100, false),
        RETAINED_PERSONAL_DATA(10, false),
        LEAK_IMPACT(20, false),
        STATUS(20, false),
        LAST_REVIEWED_ON(30, true),
        NEXT_REVIEW_DATE(30, false),
        RISK_FLAG(100, true);

        final int maxLength;
        final boolean forReading;

        Entry(int maxLength, boolean forReading) {
            this.maxLength = maxLength;
            this.forReading = forReading;
        }

        String headerKey() {
            return "ledger.column." + camel(name());
        }
    }

    /** The columns of the risk sheet, in order. */
    enum Risk {
        REFERENCE(LedgerEntry.MAX_REFERENCE, false),
        ENTRY_NAME(LedgerEntry.MAX_NAME, true),
        RISK_ID(20, false),
        STAGE(50, false),
        THREAT(50, false),
        DESCRIPTION(RiskAssessment.MAX_DESCRIPTION, false),
        LIKELIHOOD(20, false),
        IMPACT(20, false),
        INHERENT_RISK(20, true),
        MEASURES(RiskAssessment.MAX_MEASURES, false),
        SAFEGUARD_ITEM_CODE(RiskAssessment.MAX_SAFEGUARD_CODE, false),
        RESIDUAL_RISK(20, false),
        DECISION(50, true),
        DECIDED_BY(100, true),
        DECIDED_ON(30, true),
        DECISION_COMMENT(RiskAssessment.MAX_DESCRIPTION, true);

        final int maxLength;
        final boolean forReading;

        Risk(int maxLength, boolean forReading) {
            this.maxLength = maxLength;
            this.forReading = forReading;
        }

        String headerKey() {
            return "ledger.riskColumn." + camel(name());
        }
    }

    static final ColumnLayout ENTRY_LAYOUT = new ColumnLayout(Arrays.stream(Entry.values()).map(Entry::headerKey).toList());
    static final ColumnLayout RISK_LAYOUT = new ColumnLayout(Arrays.stream(Risk.values()).map(Risk::headerKey).toList());

    /** Documents are Japanese whatever the reader's screen language. */
    static final Locale DOCUMENT = Messages.JAPANESE;

    private final Messages messages;
    private final Map<Class<?>, Map<String, ?>> labels = new ConcurrentHashMap<>();

    LedgerColumns(Messages messages) {
        this.messages = messages;
    }

    /** The ledger sheet's cells of an entry: text, or a number for the count. */
    List<Object> entryCells(LedgerEntry entry) {
        List<Object> cells = new ArrayList<>(Entry.values().length);
        cells.add(entry.getReference());
        cells.add(entry.getDepartment().getCode());
        cells.add(entry.getDepartment().getName());
        cells.add(entry.getOwner() == null ? "" : entry.getOwner().getUsername());
        cells.add(entry.getName());
        cells.add(entry.getDataItems());
        cells.add(entry.getDataSubjects());
        cells.add(entry.getApproximateCount());
        cells.add(label(entry.getMedium()));
        cells.add(text(entry.getFormat()));
        cells.add(yesNo(entry.isSpecialCare()));
        cells.add(yesNo(entry.isMyNumber()));
        cells.add(label(entry.getAcquisitionMethod()));
        cells.add(label(entry.getNoticeConsent()));
        cells.add(entry.getPurposes().stream().sorted(Comparator.comparing(Purpose::getId)).map(Purpose::getTextJa)
                .collect(Collectors.joining(LINE)));
        cells.add(text(entry.getStoragePlace()));
        cells.add(text(entry.getStorageMethod()));
        cells.add(entry.getAccessDepartments().stream().map(Department::getCode).sorted()
                .collect(Collectors.joining(LINE)));
        cells.add(entry.getAccessRoles().stream().sorted().map(this::label).collect(Collectors.joining(LINE)));
        cells.add(entry.getConsigneeLinks().stream().map(link -> link.getConsignee().getName())
                .collect(Collectors.joining(LINE)));
        ThirdPartyProvision provision = entry.getProvision();
        cells.add(yesNo(provision.isProvided()));
        cells.add(text(provision.getRecipient()));
        cells.add(label(provision.getBasis()));
        cells.add(yesNo(provision.isAbroad()));
        cells.add(text(provision.getCountry()));
        cells.add(yesNo(entry.isJointUse()));
        cells.add(text(entry.getJointUseDescription()));
        cells.add(text(entry.getRetentionPeriod()));
        cells.add(label(entry.getDisposalMethod()));
        cells.add(yesNo(entry.isRetainedPersonalData()));
        cells.add(label(entry.getLeakImpact()));
        cells.add(label(entry.getStatus()));
        cells.add(JapaneseDates.iso(entry.getLastReviewedOn()));
        cells.add(JapaneseDates.iso(entry.getNextReviewDate()));
        cells.add(entry.isUnacceptedHighRisk() ? messages.get(DOCUMENT, "ledger.flag.unacceptedHighRisk") : "");
        return cells;
    }

    /** The risk sheet's cells of one risk. */
    List<Object> riskCells(String reference, String entryName, RiskAssessment risk) {
        List<Object> cells = new ArrayList<>(Risk.values().length);
        cells.add(reference);
        cells.add(entryName);
        cells.add(String.valueOf(risk.getId()));
        cells.add(label(risk.getStage()));
        cells.add(label(risk.getThreat()));
        cells.add(text(risk.getDescription()));
        cells.add(label(risk.getLikelihood()));
        cells.add(label(risk.getImpact()));
        cells.add(label(risk.inherentRisk()));
        cells.add(text(risk.getMeasures()));
        cells.add(text(risk.getSafeguardItemCode()));
        cells.add(label(risk.getResidualRisk()));
        cells.add(label(risk.getDecision()));
        cells.add(text(risk.getDecidedByName()));
        cells.add(JapaneseDates.iso(risk.getDecidedOn()));
        cells.add(text(risk.getDecisionComment()));
        return cells;
    }

    String label(Labelled value) {
        return value == null ? "" : messages.label(DOCUMENT, value);
    }

    String yesNo(boolean value) {
        return messages.get(DOCUMENT, value ? "ledger.cell.yes" : "ledger.cell.no");
    }

    /** The constant whose name or label (in either language) the cell holds, ignoring case. */
    <E extends Enum<E> & Labelled> Optional<E> parseLabel(Class<E> type, String cell) {
        @SuppressWarnings("unchecked")
        Map<String, E> byText = (Map<String, E>) labels.computeIfAbsent(type, this::labelsOf);
        return Optional.ofNullable(byText.get(cell.strip().toLowerCase(Locale.ROOT)));
    }

    private <E extends Enum<E> & Labelled> Map<String, E> labelsOf(Class<?> type) {
        Map<String, E> byText = new HashMap<>();
        @SuppressWarnings("unchecked")
        E[] constants = (E[]) type.getEnumConstants();
        for (E value : constants) {
            byText.put(value.name().toLowerCase(Locale.ROOT), value);
            Messages.SUPPORTED.forEach(language -> byText.putIfAbsent(
                    messages.label(language, value).toLowerCase(Locale.ROOT), value));
        }
        return byText;
    }

    /** Yes or no as a ledger writes it (有/無, はい/いいえ, ○/×, yes/no, 1/0); null when unreadable. */
    Boolean parseYesNo(String cell) {
        String value = cell.strip().toLowerCase(Locale.ROOT);
        for (Locale language : Messages.SUPPORTED) {
            if (value.equalsIgnoreCase(messages.get(language, "ledger.cell.yes"))) {
                return Boolean.TRUE;
            }
            if (value.equalsIgnoreCase(messages.get(language, "ledger.cell.no"))) {
                return Boolean.FALSE;
            }
        }
        return switch (value) {
            case "○", "〇", "●", "はい", "yes", "true", "1", "y" -> Boolean.TRUE;
            case "", "×", "-", "－", "いいえ", "no", "false", "0", "n" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** ISO, 2026/4/1, or the serial number Excel stores when someone retypes a date in a cell. */
    static Optional<LocalDate> parseDate(String cell) {
        String value = cell.strip();
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("uuuu/M/d"))) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        if (value.matches("\\d{4,6}(\\.0+)?")) {
            return Optional.of(LocalDate.of(1899, 12, 30).plusDays(new BigDecimal(value).longValue()));
        }
        return Optional.empty();
    }

    /** A whole number, written plainly or with thousands separators; empty when unreadable. */
    static Optional<Integer> parseCount(String cell) {
        String value = cell.strip().replace(",", "").replace("，", "");
        try {
            BigDecimal number = new BigDecimal(value);
            return number.signum() < 0 ? Optional.empty() : Optional.of(number.intValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** The values of a multi-value cell: one per line (、 and commas also separate codes and roles). */
    static List<String> values(String cell, boolean commasSeparate) {
        String pattern = commasSeparate ? "[\\r\\n、,，]+" : "[\\r\\n]+";
        return Arrays.stream(cell.split(pattern)).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String camel(String constant) {
        StringBuilder result = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                result.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return result.toString();
    }
}
