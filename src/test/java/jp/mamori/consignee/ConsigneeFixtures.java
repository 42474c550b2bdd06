package jp.mamori.consignee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.Fixtures;
import org.springframework.stereotype.Component;

/** Consignees, templates and assessments for tests, made through the real services. */
@Component
public class ConsigneeFixtures {

    private final Fixtures fixtures;
    private final ConsigneeService consignees;
    private final AssessmentTemplateService templates;
    private final AssessmentService assessments;
    private final Clock clock;

    ConsigneeFixtures(Fixtures fixtures, ConsigneeService consignees, AssessmentTemplateService templates,
                      AssessmentService assessments, Clock clock) {
        this.fixtures = fixtures;
        this.consignees = consignees;
        this.templates = templates;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** A consignee in the status; approval, with or without conditions, only by an assessment decided today. */
    public Consignee consignee(String name, ConsigneeStatus status) {
        fixtures.ensureSetUp();
        if (!status.allowsNewConsignment()) {
            return SystemActor.call(() -> consignees.save(null, null,
                    new ConsigneeValues(Fixtures.unique(name), null, "東京都港区", status, true)));
        }
        Consignee candidate = consignee(name, ConsigneeStatus.CANDIDATE);
        AssessmentTemplate template = selectionTemplate(50, 1);
        if (status == ConsigneeStatus.APPROVED) {
            approve(candidate, template, LocalDate.now(clock));
        } else {
            decide(candidate, template, LocalDate.now(clock), AssessmentDecision.APPROVE_WITH_CONDITIONS,
                    "再委託先の監督状況を報告すること");
        }
        return SystemActor.call(() -> consignees.get(candidate.getId()));
    }

    /** A selection template with these weights, re-evaluated yearly. */
    public AssessmentTemplate selectionTemplate(int passMark, int... weights) {
        List<TemplateValues.Line> lines = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            lines.add(new TemplateValues.Line(null, "評価項目 " + (i + 1), weights[i]));
        }
        return SystemActor.call(() -> templates.save(null, null, new TemplateValues(Fixtures.unique("テスト用評価基準"),
                TemplateKind.SELECTION, passMark, 12, true, lines)));
    }

    public static AssessmentValues values(AssessmentTemplate template, LocalDate assessedOn, AssessmentDecision decision,
                                          String conditions, AnswerLevel... levels) {
        List<Criterion> criteria = template.getCriteria();
        List<AssessmentValues.Given> answers = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            answers.add(new AssessmentValues.Given(criteria.get(i).getId(), levels[i], "確認済み"));
        }
        return new AssessmentValues(template.getId(), assessedOn, answers, decision, conditions, null);
    }

    /** Approves the consignee with full marks on the given day, as the system. */
    public Assessment approve(Consignee consignee, AssessmentTemplate template, LocalDate assessedOn) {
        return decide(consignee, template, assessedOn, AssessmentDecision.APPROVE, null);
    }

    private Assessment decide(Consignee consignee, AssessmentTemplate template, LocalDate assessedOn,
                              AssessmentDecision decision, String conditions) {
        AnswerLevel[] all = new AnswerLevel[template.getCriteria().size()];
        Arrays.fill(all, AnswerLevel.MET);
        return SystemActor.call(() -> assessments.record(consignee.getId(),
                values(template, assessedOn, decision, conditions, all)));
    }

    /** A certification of the consignee expiring on the day, as the system. */
    public Certification certify(Consignee consignee, CertificationKind kind, LocalDate expiresOn) {
        Certification certification = SystemActor.call(() -> consignees.newCertification(consignee.getId()));
        certification.setKind(kind);
        certification.setNumber("12345678");
        certification.setExpiresOn(expiresOn);
        return SystemActor.call(() -> consignees.saveCertification(certification));
    }

    /** Saves other values on the consignee, as the system. */
    public Consignee rename(Consignee consignee, ConsigneeValues values) {
        return SystemActor.call(() -> consignees.save(consignee.getId(), null, values));
    }
}
