package jp.mamori.organisation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.tabular.ColumnLayout;
import jp.mamori.shared.tabular.ImportError;
import jp.mamori.shared.tabular.ImportRejected;
import jp.mamori.shared.tabular.TabularFile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the worker list the way HR sends it (CSV or xlsx). Every row is checked first; if
 * any row has an error, nothing is written and every error is reported by row and column.
 * Existing user names are updated, new ones created without a password (an administrator
 * sets it).
 */
@Service
public class UserImportService {

    public static final ColumnLayout LAYOUT = new ColumnLayout(List.of(
            "user.username", "user.displayName", "user.kana", "user.email", "user.departmentCode", "user.roles",
            "user.hireDate", "common.active"));
    private static final int USERNAME = 0;
    private static final int DISPLAY_NAME = 1;
    private static final int KANA = 2;
    private static final int EMAIL = 3;
    private static final int DEPARTMENT = 4;
    private static final int ROLES = 5;
    private static final int HIRE_DATE = 6;
    private static final int ACTIVE = 7;
    private static final int MAX_CELL = 254;

    private final UserAccountRepository users;
    private final DepartmentRepository departments;
    private final Messages messages;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    UserImportService(UserAccountRepository users, DepartmentRepository departments, Messages messages,
                      Validator validator, ApplicationEventPublisher events) {
        this.events = events;
        this.users = users;
        this.departments = departments;
        this.messages = messages;
        this.validator = validator;
    }

    /** The outcome of an accepted import. */
    public record Result(int created, int updated) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Result importFile(byte[] content, Locale locale) {
        TabularFile.Content table = TabularFile.read(content, messages, locale);
        LAYOUT.check(table.header(), messages, locale);
        if (table.lines().isEmpty()) {
            throw new ImportRejected(List.of(new ImportError(0, "", messages.get(locale, "import.error.noRows"))));
        }
        Map<String, Department> departmentsByCode = new HashMap<>();
        departments.findAll().forEach(d -> departmentsByCode.put(d.getCode().toLowerCase(Locale.ROOT), d));
        // Loaded up front: a query in the middle of the loop would flush half-validated rows.
        Map<String, UserAccount> existing = new HashMap<>();
        users.findAll().forEach(u -> existing.put(u.getUsername().toLowerCase(Locale.ROOT), u));
        Locale previousLocale = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locale);
        try {
            return importRows(table, departmentsByCode, existing, locale);
        } finally {
            LocaleContextHolder.setLocale(previousLocale);
        }
    }

    private Result importRows(TabularFile.Content table, Map<String, Department> departmentsByCode,
                              Map<String, UserAccount> existing, Locale locale) {
        List<ImportError> errors = new ArrayList<>();
        List<UserAccount> prepared = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int created = 0;
        for (TabularFile.Line line : table.lines()) {
            List<ImportError> rowErrors = new ArrayList<>();
            for (int column = 0; column < LAYOUT.headerKeys().size(); column++) {
                if (line.cell(column).length() > MAX_CELL) {
                    rowErrors.add(error(line, column, locale, "import.error.tooLong", MAX_CELL));
                }
            }
            if (!rowErrors.isEmpty()) {
                errors.addAll(rowErrors);
                continue;
            }
            String username = line.cell(USERNAME);
            if (!username.isEmpty() && !seen.add(username.toLowerCase(Locale.ROOT))) {
                rowErrors.add(error(line, USERNAME, locale, "import.error.duplicateInFile", username));
            }
            UserAccount user = existing.getOrDefault(username.toLowerCase(Locale.ROOT), new UserAccount());
            if (user.isNew()) {
                created++;
            }
            user.setUsername(username);
            user.setDisplayName(line.cell(DISPLAY_NAME));
            user.setKana(line.cell(KANA).isEmpty() ? null : line.cell(KANA));
            user.setEmail(line.cell(EMAIL));
            String code = line.cell(DEPARTMENT);
            if (!code.isEmpty()) {
                Department department = departmentsByCode.get(code.toLowerCase(Locale.ROOT));
                if (department == null) {
                    rowErrors.add(error(line, DEPARTMENT, locale, "import.error.unknownDepartment", code));
                }
                user.setDepartment(department);
            } else {
                user.setDepartment(null);
            }
            Set<Role> roles = parseRoles(line.cell(ROLES));
            if (roles == null) {
                rowErrors.add(error(line, ROLES, locale, "import.error.unknownRole", line.cell(ROLES)));
            } else {
                user.setRoles(roles);
            }
            String hire = line.cell(HIRE_DATE);
            if (!hire.isEmpty()) {
                LocalDate date = parseDate(hire);
                if (date == null) {
                    rowErrors.add(error(line, HIRE_DATE, locale, "import.error.badDate", hire));
                }
                user.setHireDate(date);
            } else {
                user.setHireDate(null);
            }
            Boolean active = parseBoolean(line.cell(ACTIVE));
            if (active == null) {
                rowErrors.add(error(line, ACTIVE, locale, "import.error.badBoolean", line.cell(ACTIVE)));
            } else {
                user.setActive(active);
            }
            for (ConstraintViolation<UserAccount> violation : validator.validate(user)) {
                int column = columnOf(violation.getPropertyPath().toString());
                if (column >= 0 && rowErrors.stream().noneMatch(e -> e.column().equals(LAYOUT.header(column, messages, locale)))) {
                    rowErrors.add(new ImportError(line.number(), LAYOUT.header(column, messages, locale),
                            violation.getMessage()));
                }
            }
            errors.addAll(rowErrors);
            prepared.add(user);
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        users.saveAll(prepared).forEach(saved -> events.publishEvent(new AccountChanged(saved.getId())));
        return new Result(created, prepared.size() - created);
    }

    private ImportError error(TabularFile.Line line, int column, Locale locale, String key, Object... args) {
        return new ImportError(line.number(), LAYOUT.header(column, messages, locale), messages.get(locale, key, args));
    }

    private static int columnOf(String property) {
        return switch (property) {
            case "username" -> USERNAME;
            case "displayName" -> DISPLAY_NAME;
            case "kana" -> KANA;
            case "email" -> EMAIL;
            case "roles" -> ROLES;
            default -> -1;
        };
    }

    /** Role codes or their labels in either language, separated by commas (、 or ,). */
    private Set<Role> parseRoles(String text) {
        if (text.isBlank()) {
            return EnumSet.of(Role.EMPLOYEE);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : text.split("[,、;／/]")) {
            String wanted = part.strip();
            if (wanted.isEmpty()) {
                continue;
            }
            Role match = null;
            for (Role role : Role.values()) {
                if (role.name().equalsIgnoreCase(wanted) || Messages.SUPPORTED.stream()
                        .anyMatch(language -> messages.label(language, role).equalsIgnoreCase(wanted))) {
                    match = role;
                }
            }
            if (match == null) {
                return null;
            }
            roles.add(match);
        }
        return roles;
    }

    private static LocalDate parseDate(String text) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("uuuu/M/d"))) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next accepted format
            }
        }
        return null;
    }

    private static Boolean parseBoolean(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "", "1", "true", "yes", "はい", "有効", "○" -> Boolean.TRUE;
            case "0", "false", "no", "いいえ", "無効", "×" -> Boolean.FALSE;
            default -> null;
        };
    }
}
