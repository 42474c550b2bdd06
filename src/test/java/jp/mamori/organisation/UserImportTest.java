package jp.mamori.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.shared.tabular.ImportError;
import jp.mamori.shared.tabular.ImportRejected;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@MamoriIntegrationTest
class UserImportTest {

    private static final String HEADER = "ユーザー名,氏名,フリガナ,メールアドレス,部門コード,ロール,入社日,有効\n";

    @Autowired
    Fixtures fixtures;
    @Autowired
    UserImportService importer;
    @Autowired
    UserService users;

    @Test
    void aValidHrListIsImportedWithRolesInJapaneseAndSlashDates() {
        Department department = fixtures.department("人事部");
        String a = Fixtures.unique("hr.a");
        String b = Fixtures.unique("hr.b");
        String csv = HEADER
                + a + ",山田 一郎,ヤマダ イチロウ," + a + "@example.jp," + department.getCode() + ",従業者,2024/4/1,はい\n"
                + b + ",川村 二葉,カワムラ フタバ," + b + "@example.jp,," + "AUDITOR、従業者,2025-10-01,\n";

        var result = SystemActor.call(() -> importer.importFile(csv.getBytes(StandardCharsets.UTF_8), Locale.JAPANESE));

        assertThat(result.created()).isEqualTo(2);
        UserAccount second = find(b);
        assertThat(second.getRoles()).containsExactlyInAnyOrder(Role.AUDITOR, Role.EMPLOYEE);
        assertThat(find(a).getHireDate()).hasToString("2024-04-01");
        assertThat(find(a).hasPassword()).isFalse();
    }

    @Test
    void anyBadRowRefusesTheWholeFileAndNamesRowAndColumn() {
        String good = Fixtures.unique("ok");
        String csv = HEADER
                + good + ",正しい 行,,"+ good + "@example.jp,,従業者,2024-04-01,はい\n"
                + "bad user,氏名,,not-an-email,NOPE,社長,2024-13-40,たぶん\n";

        assertThatThrownBy(() -> SystemActor.run(() -> importer.importFile(csv.getBytes(StandardCharsets.UTF_8), Locale.JAPANESE)))
                .isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(rejected.errors())
                        .extracting(ImportError::row, ImportError::column)
                        .contains(
                                org.assertj.core.groups.Tuple.tuple(3, "部門コード"),
                                org.assertj.core.groups.Tuple.tuple(3, "ロール"),
                                org.assertj.core.groups.Tuple.tuple(3, "入社日"),
                                org.assertj.core.groups.Tuple.tuple(3, "有効"),
                                org.assertj.core.groups.Tuple.tuple(3, "ユーザー名"),
                                org.assertj.core.groups.Tuple.tuple(3, "メールアドレス")));
        assertThat(SystemActor.call(() -> users.count(new UserFilter(good, null, null, null)))).isZero();
    }

    @Test
    void errorsAreInTheCallersLanguageAndAWrongHeaderIsRefused() {
        String csv = "login,name\nx,y\n";
        assertThatThrownBy(() -> SystemActor.run(() -> importer.importFile(csv.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH)))
                .isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(rejected.errors().getFirst().message())
                        .isEqualTo("The header row is not as expected: column \"User name\" contains \"login\"."));
    }

    @Test
    void xlsxShiftJisEmptyAndNonSpreadsheetFiles() throws IOException {
        String fromXlsx = Fixtures.unique("xl");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(xlsx, "Mamori", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("従業者");
            List<String> header = List.of("ユーザー名", "氏名", "フリガナ", "メールアドレス", "部門コード", "ロール", "入社日", "有効");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            List<String> row = List.of(fromXlsx, "表計算 太郎", "ヒョウケイサン タロウ", fromXlsx + "@example.jp", "", "EMPLOYEE", "2023-04-01", "1");
            for (int c = 0; c < row.size(); c++) {
                sheet.value(1, c, row.get(c));
            }
        }
        SystemActor.run(() -> importer.importFile(xlsx.toByteArray(), Locale.JAPANESE));
        assertThat(find(fromXlsx).getDisplayName()).isEqualTo("表計算 太郎");

        String fromSjis = Fixtures.unique("sj");
        byte[] sjis = (HEADER + fromSjis + ",漢字 花子,,"+ fromSjis + "@example.jp,,従業者,,はい\n").getBytes(Charset.forName("windows-31j"));
        SystemActor.run(() -> importer.importFile(sjis, Locale.JAPANESE));
        assertThat(find(fromSjis).getDisplayName()).isEqualTo("漢字 花子");

        assertThatThrownBy(() -> SystemActor.run(() -> importer.importFile(new byte[0], Locale.JAPANESE)))
                .isInstanceOfSatisfying(ImportRejected.class, r -> assertThat(r.errors().getFirst().message()).isEqualTo("ファイルが空です。"));
        byte[] executable = {0x7f, 'E', 'L', 'F', 0, 0, 0, 0, 1, 2, 3};
        assertThatThrownBy(() -> SystemActor.run(() -> importer.importFile(executable, Locale.JAPANESE)))
                .isInstanceOf(ImportRejected.class);
    }

    private UserAccount find(String username) {
        return SystemActor.call(() -> users.page(new UserFilter(username, null, null, null), PageRequest.of(0, 5)))
                .getContent().getFirst();
    }
}
