package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The reportability rule and the report deadlines, case by case, through the service and
 * through the REST API. 速報 dates are plain calendar dates; 確報 moves off weekends, national,
 * substitute and citizens' holidays and the year-end closure (29 Dec – 3 Jan).
 */
@MamoriIntegrationTest
class IncidentReportabilityTest {

    /** learnedOn, specialCare, financialHarmRisk, improperPurpose, persons, encryption → verdict, reasons, deadlines. */
    private static final String[] CASES = {
            "weekday final date,                      2026-04-01, true,  false, false, 10,   false, true,  SPECIAL_CARE,                   2026-04-04, 2026-04-06, 2026-05-01",
            "final date on a Saturday → Monday,        2026-05-14, false, true,  false, 10,   false, true,  FINANCIAL_HARM_RISK,            2026-05-17, 2026-05-19, 2026-06-15",
            "final date on a Sunday → Monday,          2026-05-15, true,  false, false, 10,   false, true,  SPECIAL_CARE,                   2026-05-18, 2026-05-20, 2026-06-15",
            "national holiday (勤労感謝の日),           2026-10-24, false, false, false, 1001, false, true,  MORE_THAN_1000_PERSONS,         2026-10-27, 2026-10-29, 2026-11-24",
            "substitute holiday 2026-05-06,           2026-04-06, true,  false, false, 10,   false, true,  SPECIAL_CARE,                   2026-04-09, 2026-04-11, 2026-05-07",
            "Golden Week run from a Saturday,         2026-04-02, false, true,  false, 10,   false, true,  FINANCIAL_HARM_RISK,            2026-04-05, 2026-04-07, 2026-05-07",
            "citizens' holiday 2026-09-22,            2026-08-23, true,  false, false, 10,   false, true,  SPECIAL_CARE,                   2026-08-26, 2026-08-28, 2026-09-24",
            "year-end closure starts 12-29,           2026-11-29, true,  false, false, 10,   false, true,  SPECIAL_CARE,                   2026-12-02, 2026-12-04, 2027-01-04",
            "closure ends on a Sunday 01-03,          2026-12-04, true,  false, false, 10,   false, true,  SPECIAL_CARE,                   2026-12-07, 2026-12-09, 2027-01-04",
            "closure then a Monday 01-03 of 2028,     2027-11-30, true,  false, false, 10,   false, true,  SPECIAL_CARE,                   2027-12-03, 2027-12-05, 2028-01-04",
            "improper purpose: 60 days → Monday,      2026-04-01, false, false, true,  10,   false, true,  IMPROPER_PURPOSE,               2026-04-04, 2026-04-06, 2026-06-01",
            "improper purpose: 60 days on a Friday,   2026-06-01, false, false, true,  1,    false, true,  IMPROPER_PURPOSE,               2026-06-04, 2026-06-06, 2026-07-31",
            "速報 dates are not moved off holidays,     2026-04-29, false, true,  false, 10,   false, true,  FINANCIAL_HARM_RISK,            2026-05-02, 2026-05-04, 2026-05-29",
            "exactly 1000 persons is not reportable, 2026-04-01, false, false, false, 1000, false, false, NO_CRITERION_MET,               ,           ,           ",
            "1001 persons is reportable,             2026-04-01, false, false, false, 1001, false, true,  MORE_THAN_1000_PERSONS,         2026-04-04, 2026-04-06, 2026-05-01",
            "nothing at stake,                        2026-04-01, false, false, false, 3,    false, false, NO_CRITERION_MET,               ,           ,           ",
            "special care but strongly encrypted,     2026-04-01, true,  false, false, 10,   true,  false, EXEMPT_STRONG_ENCRYPTION,       ,           ,           ",
            "improper purpose but strongly encrypted, 2026-04-01, false, false, true,  10,   true,  false, EXEMPT_STRONG_ENCRYPTION,       ,           ,           ",
            "1001 persons but strongly encrypted,    2026-04-01, false, false, false, 1001, true,  false, EXEMPT_STRONG_ENCRYPTION,       ,           ,           ",
            "encryption alone changes nothing,        2026-04-01, false, false, false, 3,    true,  false, NO_CRITERION_MET,               ,           ,           ",
            "every criterion - all reasons - 60 days,   2026-04-01, true,  true,  true,  5000, false, true,  SPECIAL_CARE FINANCIAL_HARM_RISK IMPROPER_PURPOSE MORE_THAN_1000_PERSONS, 2026-04-04, 2026-04-06, 2026-06-01",
    };

    @Autowired
    Fixtures fixtures;
    @Autowired
    IncidentService incidents;
    @Autowired
    MockMvc mvc;

    /** One row of the table. */
    record Case(String name, LocalDate learnedOn, boolean specialCare, boolean financialHarmRisk,
                boolean improperPurpose, int persons, boolean encryption, boolean reportable, List<String> reasons,
                LocalDate preliminaryTarget, LocalDate preliminaryDue, LocalDate finalDue) {

        static Case parse(String row) {
            String[] c = Arrays.stream(row.split(",", -1)).map(String::strip).toArray(String[]::new);
            return new Case(c[0], date(c[1]), Boolean.parseBoolean(c[2]), Boolean.parseBoolean(c[3]),
                    Boolean.parseBoolean(c[4]), Integer.parseInt(c[5]), Boolean.parseBoolean(c[6]),
                    Boolean.parseBoolean(c[7]), List.of(c[8].split(" +")), date(c[9]), date(c[10]), date(c[11]));
        }

        private static LocalDate date(String text) {
            return text.isEmpty() ? null : LocalDate.parse(text);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Arrays.stream(CASES).map(Case::parse);
    }

    @ParameterizedTest(name = "service: {0}")
    @MethodSource("cases")
    void throughTheService(Case c) {
        var manager = fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER));
        IncidentValues values = new IncidentValues(c.name(), null, null, c.learnedOn(), null, List.of(), c.persons(),
                null, c.specialCare(), c.financialHarmRisk(), c.improperPurpose(), c.encryption(), null, null, null,
                null, null, null, null, null, null, null);
        Incident saved = Actors.as(manager, () -> incidents.save(null, null, values));

        assertThat(saved.isReportable()).isEqualTo(c.reportable());
        assertThat(saved.getPreliminaryReportTarget()).isEqualTo(c.preliminaryTarget());
        assertThat(saved.getPreliminaryReportDue()).isEqualTo(c.preliminaryDue());
        assertThat(saved.getFinalReportDue()).isEqualTo(c.finalDue());
        assertThat(saved.getStatus()).isEqualTo(c.reportable() ? IncidentStatus.AWAITING_PRELIMINARY_REPORT
                : IncidentStatus.NOT_REPORTABLE);
        assertThat(Actors.as(manager, () -> incidents.assess(saved.criteria())).reasons())
                .extracting(Enum::name).containsExactlyElementsOf(c.reasons());
    }

    @ParameterizedTest(name = "API: {0}")
    @MethodSource("cases")
    void throughTheApi(Case c) throws Exception {
        UserAccount manager = fixtures.user("pm", null, Role.PRIVACY_MANAGER);
        UserAccount auditor = fixtures.user("auditor", null, Role.AUDITOR);
        String body = """
                {"title":"%s","learnedOn":"%s","specialCare":%s,"financialHarmRisk":%s,"improperPurpose":%s,
                 "affectedPersons":%d,"strongEncryption":%s,"reportable":%s,"finalReportDue":"1999-01-01"}"""
                .formatted(c.name(), c.learnedOn(), c.specialCare(), c.financialHarmRisk(), c.improperPurpose(),
                        c.persons(), c.encryption(), !c.reportable());
        ResultActions created = mvc.perform(post("/api/v1/incidents")
                        .with(httpBasic(manager.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
        expectAssessment(created, c);
        Number id = com.jayway.jsonpath.JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id");

        expectAssessment(mvc.perform(get("/api/v1/incidents/" + id)
                        .with(httpBasic(auditor.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isOk()), c);
    }

    private static void expectAssessment(ResultActions result, Case c) throws Exception {
        result.andExpect(jsonPath("$.learnedOn").value(c.learnedOn().toString()))
                .andExpect(jsonPath("$.reportable").value(c.reportable()))
                .andExpect(jsonPath("$.reasons[*].code").value(contains(c.reasons().toArray())))
                .andExpect(dateAt("$.preliminaryReportTarget", c.preliminaryTarget()))
                .andExpect(dateAt("$.preliminaryReportDue", c.preliminaryDue()))
                .andExpect(dateAt("$.finalReportDue", c.finalDue()));
    }

    private static org.springframework.test.web.servlet.ResultMatcher dateAt(String path, LocalDate expected) {
        return expected == null ? jsonPath(path).doesNotExist() : jsonPath(path).value(expected.toString());
    }
}
