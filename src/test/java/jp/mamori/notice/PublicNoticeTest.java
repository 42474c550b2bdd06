package jp.mamori.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.ledger.LedgerFixtures;
import jp.mamori.ledger.LedgerService;
import jp.mamori.ledger.ProvisionBasis;
import jp.mamori.ledger.Purpose;
import jp.mamori.ledger.PurposeService;
import jp.mamori.ledger.ThirdPartyProvision;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.policy.PolicyKind;
import jp.mamori.policy.PolicyService;
import jp.mamori.policy.PolicyText;
import jp.mamori.policy.PolicyVersion;
import jp.mamori.request.RequestProcedure;
import jp.mamori.request.RequestProcedureService;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.persistence.StaleRecordException;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A notice generated for a fictional organisation (架空データ株式会社) holds every section of the
 * published notices, in the records' own words, in Japanese and English, as HTML and PDF.
 */
@MamoriIntegrationTest
class PublicNoticeTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    LedgerFixtures ledgerFixtures;
    @Autowired
    LedgerService ledger;
    @Autowired
    PurposeService purposes;
    @Autowired
    PolicyService policies;
    @Autowired
    RequestProcedureService procedures;
    @Autowired
    NoticeSettingsService settings;
    @Autowired
    PublicNoticeService notices;

    UserAccount manager;
    UserAccount top;
    String category;
    String purposeJa;
    String purposeEn;
    String recipient;
    String country;
    String jointUse;

    @BeforeEach
    void fictionalOrganisation() {
        Department department = fixtures.department("架空データ 管理部");
        manager = fixtures.user("pm", department, Role.PRIVACY_MANAGER);
        top = fixtures.user("ceo", department, Role.TOP_MANAGEMENT);
        category = Fixtures.unique("架空会員");
        purposeJa = Fixtures.unique("会員向け星座観測会のご案内");
        purposeEn = Fixtures.unique("Invitations to stargazing events for members ");
        Purpose purpose = new Purpose(purposeJa);
        purpose.setTextEn(purposeEn);
        purpose.setCategory(category);
        Purpose saved = SystemActor.call(() -> purposes.save(purpose));
        recipient = Fixtures.unique("架空物流合同会社");
        country = Fixtures.unique("ルリタニア");
        jointUse = Fixtures.unique("グループ会社との共同利用：氏名・住所、架空ホールディングス各社、会員サービスの提供、架空データ株式会社が責任を負う");
        LedgerEntry members = ledgerFixtures.draft(department, manager, "会員の個人情報", saved);
        members.setProvision(new ThirdPartyProvision(true, recipient, ProvisionBasis.CONSENT, true, country));
        members.setJointUse(true);
        members.setJointUseDescription(jointUse);
        SystemActor.call(() -> ledger.save(members));
        LedgerEntry payroll = ledgerFixtures.draft(department, manager, "従業者のマイナンバー", saved);
        payroll.setMyNumber(true);
        SystemActor.call(() -> ledger.save(payroll));

        PolicyVersion first = asManager(() -> policies.create(PolicyKind.EXTERNAL_PRIVACY_POLICY, "個人情報保護方針",
                "Privacy Policy", new PolicyText("架空データ株式会社は、星空のように個人情報を守ります。",
                        "Kakuu Data protects personal information like the stars.", null)));
        publish(first, LocalDate.of(2024, 4, 1));
        PolicyVersion second = asManager(() -> policies.revise(first.getDocument().getId()));
        asManager(() -> policies.saveDraft(second.getId(), null, new PolicyText(
                "架空データ株式会社は、星空のように個人情報を守ります。\n- 法令を遵守します。",
                "Kakuu Data protects personal information like the stars.\n- We comply with the law.", "法令遵守を追加")));
        publish(second, LocalDate.of(2026, 4, 1));

        Map<String, Wording> texts = new HashMap<>();
        texts.put("ORGANISATION_NAME", new Wording("架空データ株式会社", "Kakuu Data K.K."));
        texts.put("REPRESENTATIVE", new Wording("代表取締役 星野 架空", "Kakuu Hoshino, President"));
        texts.put("CONSIGNMENT", new Wording("当社は、架空の委託先に発送業務を委託することがあります。",
                "We may entrust shipping to fictional consignees."));
        texts.put("CHECKED_COUNTRIES", new Wording("シンガポール", "Singapore"));
        texts.put(NoticeText.safeguardCode("PPC-6"), new Wording("架空ファイアウォールで外部からの不正アクセスを防いでいます。",
                "A fictional firewall keeps unauthorised access out."));
        texts.put("REQUEST_FORM", new Wording("当社所定の「架空開示等請求書」", "Our fictional request form"));
        texts.put("IDENTITY_DOCUMENTS", new Wording("架空会員証の写し\n運転免許証の写し",
                "A copy of the fictional membership card\nA copy of a driving licence"));
        texts.put("PROXY_DOCUMENTS", new Wording("架空委任状", "A fictional power of attorney"));
        texts.put("FEE_PAYMENT", new Wording("架空銀行への振込でお支払いください。", "Please pay by transfer to Kakuu Bank."));
        texts.put("COMPLAINT_WINDOW", new Wording("架空データ株式会社 個人情報相談窓口\n電話：000-0000-0000\n受付時間：平日 10:00〜17:00",
                "Kakuu Data privacy desk\nPhone: 000-0000-0000\nHours: weekdays 10:00-17:00"));
        texts.put("ACCREDITED_CONTACT", new Wording("架空の苦情相談センター\n電話：000-1111-2222",
                "Fictional complaints centre\nPhone: 000-1111-2222"));
        texts.put("CERTIFICATION_BODY", new Wording("架空審査株式会社", "Kakuu Assessment K.K."));
        texts.put("SUPPLEMENT", new Wording("当社のウェブサイトは架空のクッキーを使用します。", "Our website uses fictional cookies."));
        texts.put("SIGNATURE", new Wording("個人情報保護管理者 月野 架空", "Kakuu Tsukino, Privacy Manager"));
        texts.put("JOINT_USE", Wording.EMPTY);
        texts.put(NoticeText.categoryCode(category), new Wording(null, "Fictional members"));
        NoticeConfiguration stored = asManager(settings::configuration);
        asManager(() -> settings.save(new NoticeConfiguration(AccreditedOrganisation.JAPHIC, texts, 0), stored.version()));
    }

    @Test
    void theJapaneseNoticeHoldsEverySectionInTheRecordsWords() throws Exception {
        RequestProcedure procedure = asManager(procedures::current);
        String html = asManager(() -> notices.html(Locale.JAPANESE));
        Files.writeString(Path.of("target/public-notice-ja.html"), html);

        assertThat(html).startsWith("<article class=\"privacy-notice\" lang=\"ja\">")
                .contains("<h1>個人情報保護方針及び個人情報の取扱いについて</h1>")
                .doesNotContain("<script", "!notice.");
        assertThat(html).as("policy with enactment and revision dates").contains("<h2>個人情報保護方針</h2>", "<div class=\"policy-text\">",
                "星空のように個人情報を守ります。", "<li>法令を遵守します。</li>",
                "制定：2024-04-01（令和6年4月1日）", "改定：2026-04-01（令和8年4月1日）", "代表取締役 星野 架空");
        assertThat(html).as("purposes by category").contains("<h2>1. 個人情報の利用目的</h2>",
                "<td>" + category + "</td>", purposeJa, "社会保障、税及び災害対策に関する特定の事務");
        assertThat(html).as("third-party provision and its exceptions").contains("<h2>2. 個人情報の第三者提供</h2>",
                "<li>法令に基づく場合</li>", "番号法第19条各号", recipient, country);
        assertThat(html).as("joint use").contains("<h2>3. 個人データの共同利用</h2>", jointUse);
        assertThat(html).as("consignment").contains("<h2>4. 委託先の管理</h2>", "架空の委託先に発送業務を委託");
        assertThat(html).as("safeguards by the seven headings").contains("<h2>5. 安全管理のために講じた措置</h2>",
                "<h3>(1) 基本方針の策定</h3>", "<h3>(2) 個人データの取扱いに係る規律の整備</h3>",
                "<h3>(3) 組織的安全管理措置</h3>", "<h3>(4) 人的安全管理措置</h3>", "<h3>(5) 物理的安全管理措置</h3>",
                "<h3>(6) 技術的安全管理措置</h3>", "<h3>(7) 外的環境の把握</h3>",
                "架空ファイアウォール", "シンガポール", "における個人情報の保護に関する制度を把握");
        assertThat(html.substring(html.indexOf("(7) 外的環境の把握"))).contains(country);
        assertThat(html).as("request procedure").contains("<h2>6. 開示等の請求の手続き</h2>",
                "利用目的の通知、開示、訂正・追加・削除、利用停止・消去、第三者提供の停止、第三者提供記録の開示",
                "「架空開示等請求書」", "<li>架空会員証の写し</li>", "<li>架空委任状</li>",
                "請求書類の到着日の翌日から" + procedure.responseDays() + "日",
                "回答の後" + procedure.retentionMonths() + "か月間保存");
        assertThat(html).contains(procedure.chargesFee()
                ? String.format("%,d円", procedure.feeYen()) : "手数料はいただきません。");
        assertThat(html).as("complaint window").contains("<h2>7. 苦情・相談の窓口</h2>",
                "<li>架空データ株式会社 個人情報相談窓口</li>", "<li>電話：000-0000-0000</li>");
        assertThat(html).as("accredited organisation").contains("<h2>8. 認定個人情報保護団体について</h2>",
                "認定個人情報保護団体である一般社団法人JAPHICマーク認証機構の対象事業者です。",
                "<li>架空の苦情相談センター</li>", "当社の商品・サービスに関するお問い合わせ先ではございません",
                "当社の認定審査機関は架空審査株式会社です。");
        assertThat(html).as("other statements and signature").contains("架空のクッキー",
                "架空データ株式会社<br>個人情報保護管理者 月野 架空");

        assertThat(pdfText(Locale.JAPANESE)).contains("個人情報保護方針及び個人情報の取扱いについて",
                "星空のように個人情報を守ります", "2024-04-01（令和6年4月1日）", "2026-04-01（令和8年4月1日）",
                category, "法令に基づく場合", "架空の委託先に発送業務を委託", "(6)技術的安全管理措置",
                "架空ファイアウォール", "シンガポール", "架空開示等請求書", "架空会員証の写し",
                "個人情報相談窓口", "一般社団法人JAPHICマーク認証機構", "架空の苦情相談センター", "月野架空");
    }

    @Test
    void theEnglishNoticeUsesTheEnglishWordings() throws Exception {
        String html = asManager(() -> notices.html(Locale.ENGLISH));
        Files.writeString(Path.of("target/public-notice-en.html"), html);

        assertThat(html).startsWith("<article class=\"privacy-notice\" lang=\"en\">")
                .contains("<h1>Privacy Policy and Handling of Personal Information</h1>", "<h2>Privacy Policy</h2>",
                        "Kakuu Data protects personal information like the stars.", "Enacted: 2024-04-01",
                        "Revised: 2026-04-01", "Kakuu Hoshino, President")
                .doesNotContain("令和", "!notice.");
        assertThat(html).contains("<h2>1. Purposes of use of personal information</h2>", purposeEn.strip(),
                "<td>Fictional members</td>",
                "social security, tax and disaster response",
                "<h2>2. Provision of personal information to third parties</h2>",
                "<li>Where required by laws and regulations</li>", "Article 19 of the My Number Act", recipient,
                "<h2>3. Joint use of personal data</h2>", jointUse,
                "<h2>4. Supervision of consignees</h2>", "fictional consignees",
                "<h2>5. Security control measures taken</h2>", "<h3>(1) Basic policy</h3>",
                "<h3>(7) Knowing the external environment</h3>", "A fictional firewall", "Singapore",
                "<h2>6. Procedure for requests for disclosure and other requests</h2>",
                "Disclosure of provision records", "Our fictional request form", "A fictional power of attorney",
                "<h2>7. Contact for complaints and consultations</h2>", "<li>Kakuu Data privacy desk</li>",
                "<h2>8. Accredited personal information protection organisation</h2>",
                "JAPHIC Mark Certification Organisation", "Fictional complaints centre",
                "Our certification body is Kakuu Assessment K.K.", "fictional cookies",
                "Kakuu Data K.K.<br>Kakuu Tsukino, Privacy Manager");

        assertThat(pdfText(Locale.ENGLISH)).contains("PrivacyPolicyandHandlingofPersonalInformation",
                "Enacted:2024-04-01", "Afictionalfirewall", "JAPHICMarkCertificationOrganisation");
    }

    @Test
    void withoutAnAccreditedOrganisationOrJointUseTheNoticeSaysSo() {
        NoticeConfiguration stored = asManager(settings::configuration);
        asManager(() -> settings.save(new NoticeConfiguration(AccreditedOrganisation.NONE,
                Map.of("JOINT_USE", new Wording("当社は架空の共同利用を行いません。", null)), 0), stored.version()));
        String html = asManager(() -> notices.html(Locale.JAPANESE));
        assertThat(html).contains("当社は架空の共同利用を行いません。").doesNotContain("認定個人情報保護団体について");
    }

    @Test
    void settingsAreTheManagersAndAStaleSaveIsRefused() {
        NoticeConfiguration stored = asManager(settings::configuration);
        UserAccount auditor = fixtures.user("auditor", null, Role.AUDITOR);
        assertThat(Actors.as(fixtures.principalOf(auditor), () -> notices.html(Locale.JAPANESE))).contains("<h1>");
        assertThatThrownBy(() -> Actors.as(fixtures.principalOf(auditor), () -> settings.save(stored, stored.version())))
                .isInstanceOf(AccessDeniedException.class);
        UserAccount worker = fixtures.user("worker", null, Role.EMPLOYEE);
        assertThatThrownBy(() -> Actors.as(fixtures.principalOf(worker), () -> notices.html(Locale.JAPANESE)))
                .isInstanceOf(AccessDeniedException.class);
        asManager(() -> settings.save(stored, stored.version()));
        assertThatThrownBy(() -> asManager(() -> settings.save(stored, stored.version())))
                .isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> asManager(() -> settings.save(new NoticeConfiguration(AccreditedOrganisation.NONE,
                Map.of("NO_SUCH_TEXT", new Wording("x", null)), 0), null)))
                .isInstanceOf(RuleViolation.class);
    }

    private String pdfText(Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        asManager(() -> notices.pdf(locale, out));
        Files.write(Path.of("target/public-notice-" + locale.getLanguage() + ".pdf"), out.toByteArray());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
    }

    private void publish(PolicyVersion version, LocalDate effectiveOn) {
        asManager(() -> policies.submit(version.getId(), null));
        Actors.as(fixtures.principalOf(top), () -> policies.approve(version.getId(), null, null));
        asManager(() -> policies.publish(version.getId(), null, effectiveOn));
    }

    private <T> T asManager(Supplier<T> work) {
        return Actors.as(fixtures.principalOf(manager), work);
    }

    private void asManager(Runnable work) {
        Actors.as(fixtures.principalOf(manager), work);
    }
}
