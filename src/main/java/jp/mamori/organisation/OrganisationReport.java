package jp.mamori.organisation;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.pdf.PdfReport;
import jp.mamori.shared.pdf.PdfReports;
import jp.mamori.shared.time.JapaneseDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The departments and workers as one PDF: who belongs where, with which roles. */
@Service
public class OrganisationReport {

    private final DepartmentRepository departments;
    private final UserAccountRepository users;
    private final PdfReports reports;
    private final Messages messages;

    OrganisationReport(DepartmentRepository departments, UserAccountRepository users, PdfReports reports,
                       Messages messages) {
        this.departments = departments;
        this.users = users;
        this.reports = reports;
        this.messages = messages;
    }

    @PreAuthorize("hasAnyRole('ADMIN','PRIVACY_MANAGER')")
    @Transactional(readOnly = true)
    public void write(OutputStream out, Locale locale) {
        try (PdfReport pdf = reports.open(out, PdfReport.Orientation.LANDSCAPE, "report.organisation.title", locale)) {
            pdf.section(messages.get(locale, "report.organisation.departments"));
            PdfReport.Table departmentTable = pdf.table(List.of(
                    messages.get(locale, "department.code"), messages.get(locale, "department.name"),
                    messages.get(locale, "department.parent"), messages.get(locale, "department.manager"),
                    messages.get(locale, "common.active")), new float[] {1.2f, 3f, 3f, 2.5f, 1f});
            for (Department department : departments.findAllByOrderByCodeAsc()) {
                departmentTable.row(List.of(department.getCode(), department.getName(),
                        department.getParent() == null ? "" : department.getParent().getName(),
                        department.getManager() == null ? "" : department.getManager().getDisplayName(),
                        yesNo(locale, department.isActive())));
            }
            departmentTable.end();

            pdf.section(messages.get(locale, "report.organisation.users"));
            PdfReport.Table userTable = pdf.table(List.of(
                    messages.get(locale, "user.username"), messages.get(locale, "user.displayName"),
                    messages.get(locale, "user.kana"), messages.get(locale, "user.email"),
                    messages.get(locale, "user.department"), messages.get(locale, "user.roles"),
                    messages.get(locale, "user.hireDate"), messages.get(locale, "common.active")),
                    new float[] {2f, 2f, 2f, 3f, 2f, 3f, 1.6f, 0.8f});
            for (UserAccount user : users.findAllByOrderByUsernameAsc()) {
                userTable.row(List.of(user.getUsername(), user.getDisplayName(), nullToEmpty(user.getKana()),
                        user.getEmail(), user.getDepartment() == null ? "" : user.getDepartment().getName(),
                        user.getRoles().stream().sorted().map(role -> messages.label(locale, role))
                                .collect(Collectors.joining("、")),
                        JapaneseDates.iso(user.getHireDate()), yesNo(locale, user.isActive())));
            }
            userTable.end();
        }
    }

    private String yesNo(Locale locale, boolean value) {
        return messages.get(locale, value ? "common.yes" : "common.no");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
