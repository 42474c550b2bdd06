package jp.mamori.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.organisation.FirstRunCompleted;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.organisation.UserValues;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A fictional seminar company of forty workers in five departments, so that a newcomer sees a
 * living product. Every name is invented; addresses use the reserved example.jp domain.
 */
@Component
class DemoOrganisation {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private static final String[][] DEPARTMENTS = {
            {"MGT", "経営企画部"}, {"ADM", "総務人事部"}, {"SLS", "営業部"}, {"OPS", "セミナー運営部"}, {"ITS", "情報システム部"}};
    private static final String[][] FAMILY = {
            {"青山", "アオヤマ", "aoyama"}, {"石原", "イシハラ", "ishihara"}, {"上野", "ウエノ", "ueno"},
            {"大森", "オオモリ", "omori"}, {"川口", "カワグチ", "kawaguchi"}, {"北村", "キタムラ", "kitamura"},
            {"小松", "コマツ", "komatsu"}, {"桜井", "サクライ", "sakurai"}, {"白石", "シライシ", "shiraishi"},
            {"杉本", "スギモト", "sugimoto"}};
    private static final String[][] GIVEN = {
            {"陽菜", "ヒナ", "hina"}, {"大翔", "ヒロト", "hiroto"}, {"結衣", "ユイ", "yui"}, {"蓮", "レン", "ren"}};

    private final DepartmentService departments;
    private final UserService users;

    DemoOrganisation(DepartmentService departments, UserService users) {
        this.departments = departments;
        this.users = users;
    }

    @TransactionalEventListener
    void onFirstRun(FirstRunCompleted event) {
        if (event.demoRequested()) {
            SystemActor.run(this::fill);
        }
    }

    void fill() {
        List<Department> created = new ArrayList<>();
        for (String[] department : DEPARTMENTS) {
            created.add(departments.save(null, null, department[0], department[1], null, null, true));
        }
        int number = 0;
        for (int d = 0; d < created.size(); d++) {
            Department department = created.get(d);
            Long managerId = null;
            for (int i = 0; i < 8; i++) {
                String[] family = FAMILY[(d * 3 + i) % FAMILY.length];
                String[] given = GIVEN[(d + i) % GIVEN.length];
                number++;
                String username = given[2] + "." + family[2] + number;
                Set<Role> roles = rolesFor(department.getCode(), i);
                UserAccount user = users.save(null, null, new UserValues(username, family[0] + " " + given[0],
                        family[1] + " " + given[1], username + "@example.jp", department.getId(), roles, true,
                        LocalDate.of(2015 + (number % 11), 1 + number % 12, 1), "ja"), null);
                if (i == 0) {
                    managerId = user.getId();
                }
            }
            departments.save(department.getId(), null, department.getCode(), department.getName(), null, managerId, true);
        }
        log.info("Filled the demo organisation: {} departments, {} workers", created.size(), number);
    }

    private static Set<Role> rolesFor(String departmentCode, int index) {
        Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
        if ("MGT".equals(departmentCode) && index == 0) {
            roles.add(Role.TOP_MANAGEMENT);
        }
        if ("ADM".equals(departmentCode) && index == 1) {
            roles.add(Role.PRIVACY_MANAGER);
        }
        if (("ITS".equals(departmentCode) || "SLS".equals(departmentCode)) && index == 2) {
            roles.add(Role.AUDITOR);
        }
        return roles;
    }
}
