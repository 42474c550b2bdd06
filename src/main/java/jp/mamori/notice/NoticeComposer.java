package jp.mamori.notice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.ledger.LedgerService;
import jp.mamori.ledger.Purpose;
import jp.mamori.notice.PublicNotice.Block;
import jp.mamori.notice.PublicNotice.Items;
import jp.mamori.notice.PublicNotice.Markdown;
import jp.mamori.notice.PublicNotice.Section;
import jp.mamori.notice.PublicNotice.Subheading;
import jp.mamori.notice.PublicNotice.Table;
import jp.mamori.notice.PublicNotice.Text;
import jp.mamori.organisation.OrganisationService;
import jp.mamori.policy.PolicyKind;
import jp.mamori.policy.PolicyService;
import jp.mamori.policy.PublishedPolicy;
import jp.mamori.request.RequestProcedure;
import jp.mamori.request.RequestProcedureService;
import jp.mamori.request.RequestType;
import jp.mamori.safeguard.SafeguardCatalogueService;
import jp.mamori.safeguard.SafeguardHeading;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.time.JapaneseDates;
import org.springframework.stereotype.Component;

/**
 * Builds the notice from the records and the settings, section by section, in the order the
 * published notices use: policy, purposes, third-party provision, joint use, consignment,
 * safeguards, requests, complaints, accredited organisation, other statements, signature.
 */
@Component
class NoticeComposer {

    /** The heading under which the foreign regimes checked are named (外的環境の把握). */
    static final String EXTERNAL_ENVIRONMENT = "PPC-7";

    private final NoticeSettingsService settings;
    private final PolicyService policies;
    private final LedgerService ledger;
    private final SafeguardCatalogueService safeguards;
    private final RequestProcedureService procedures;
    private final OrganisationService organisation;
    private final Messages messages;

    NoticeComposer(NoticeSettingsService settings, PolicyService policies, LedgerService ledger,
                   SafeguardCatalogueService safeguards, RequestProcedureService procedures,
                   OrganisationService organisation, Messages messages) {
        this.settings = settings;
        this.policies = policies;
        this.ledger = ledger;
        this.safeguards = safeguards;
        this.procedures = procedures;
        this.organisation = organisation;
        this.messages = messages;
    }

    PublicNotice compose(Locale requested) {
        Locale locale = Messages.supported(requested);
        Texts texts = new Texts(settings.configuration(), locale);
        LedgerService.NoticeFacts facts = ledger.noticeFacts();
        List<Section> sections = new ArrayList<>();
        policies.inForce(PolicyKind.EXTERNAL_PRIVACY_POLICY).ifPresent(policy -> sections.add(policy(policy, texts)));
        sections.add(new Section("handling", text(locale, "notice.section.handling"),
                List.of(new Text(texts.get(NoticeText.INTRODUCTION, texts.organisationName)))));
        sections.add(purposes(facts, texts));
        sections.add(thirdParty(facts, texts));
        sections.add(jointUse(facts, texts));
        sections.add(new Section("consignment", heading(locale, 4, "notice.section.consignment"),
                List.of(new Text(texts.get(NoticeText.CONSIGNMENT)))));
        sections.add(safeguards(facts, texts));
        sections.add(requests(texts));
        sections.add(new Section("complaints", heading(locale, 7, "notice.section.complaints"), List.of(
                new Text(text(locale, "notice.complaints.intro")), new Items(texts.lines(NoticeText.COMPLAINT_WINDOW)))));
        if (texts.configuration.accredited() != AccreditedOrganisation.NONE) {
            sections.add(accredited(texts));
        }
        List<String> supplement = texts.lines(NoticeText.SUPPLEMENT);
        if (!supplement.isEmpty()) {
            sections.add(new Section("other", text(locale, "notice.section.other"),
                    supplement.stream().<Block>map(Text::new).toList()));
        }
        List<String> signature = new ArrayList<>();
        signature.add(texts.organisationName);
        signature.addAll(texts.lines(NoticeText.SIGNATURE));
        sections.add(new Section("signature", null, List.of(new Text(String.join("\n", signature)))));
        return new PublicNotice(locale, text(locale, "notice.title"), sections);
    }

    private Section policy(PublishedPolicy policy, Texts texts) {
        Locale locale = texts.locale;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Markdown(policy.version().body(locale)));
        List<String> dates = new ArrayList<>();
        dates.add(text(locale, "notice.policy.enacted", JapaneseDates.isoWithWareki(policy.enactedOn(), locale)));
        policy.revisedOn().forEach(date -> dates.add(text(locale, "notice.policy.revised",
                JapaneseDates.isoWithWareki(date, locale))));
        blocks.add(new Text(String.join("\n", dates)));
        String representative = texts.get(NoticeText.REPRESENTATIVE);
        blocks.add(new Text(representative == null ? texts.organisationName
                : texts.organisationName + "\n" + representative));
        return new Section("policy", policy.document().title(locale), blocks);
    }

    private Section purposes(LedgerService.NoticeFacts facts, Texts texts) {
        Locale locale = texts.locale;
        Map<String, List<String>> byCategory = new LinkedHashMap<>();
        String other = text(locale, "notice.purposes.otherCategory");
        for (Purpose purpose : facts.purposes()) {
            String category = purpose.getCategory() == null ? other
                    : Objects.requireNonNullElse(texts.stored(NoticeText.categoryCode(purpose.getCategory())),
                    purpose.getCategory());
            byCategory.computeIfAbsent(category, key -> new ArrayList<>()).add(purpose.text(locale));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Text(text(locale, "notice.purposes.intro")));
        if (byCategory.isEmpty()) {
            // An empty table would read as a finished notice; the gap must show before it is published.
            blocks.add(new Text(text(locale, "notice.purposes.none")));
        } else {
            blocks.add(new Table(List.of(text(locale, "notice.purposes.category"), text(locale, "notice.purposes.purposes")),
                    byCategory.entrySet().stream()
                            .map(entry -> List.of(entry.getKey(), String.join("\n", entry.getValue()))).toList()));
        }
        if (facts.myNumber()) {
            blocks.add(new Text(texts.get(NoticeText.MY_NUMBER_PURPOSE)));
        }
        return new Section("purposes", heading(locale, 1, "notice.section.purposes"), blocks);
    }

    private Section thirdParty(LedgerService.NoticeFacts facts, Texts texts) {
        Locale locale = texts.locale;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Text(texts.get(NoticeText.THIRD_PARTY_INTRO)));
        blocks.add(new Items(texts.lines(NoticeText.THIRD_PARTY_EXCEPTIONS)));
        if (facts.myNumber()) {
            blocks.add(new Text(texts.get(NoticeText.MY_NUMBER_PROVISION)));
        }
        if (!facts.provided().isEmpty()) {
            blocks.add(new Text(text(locale, "notice.thirdParty.recorded")));
            blocks.add(new Table(List.of(text(locale, "notice.thirdParty.information"),
                    text(locale, "notice.thirdParty.recipient"), text(locale, "notice.thirdParty.basis"),
                    text(locale, "notice.thirdParty.country")),
                    facts.provided().stream().map(entry -> List.of(entry.getName(),
                            blankToEmpty(entry.getProvision().getRecipient()),
                            entry.getProvision().getBasis() == null ? ""
                                    : messages.label(locale, entry.getProvision().getBasis()),
                            entry.getProvision().isAbroad() ? blankToEmpty(entry.getProvision().getCountry()) : ""))
                            .toList()));
        }
        return new Section("third-party", heading(locale, 2, "notice.section.thirdParty"), blocks);
    }

    private Section jointUse(LedgerService.NoticeFacts facts, Texts texts) {
        Locale locale = texts.locale;
        List<Block> blocks = new ArrayList<>();
        String stored = texts.stored(NoticeText.JOINT_USE);
        if (stored != null) {
            blocks.add(new Text(stored));
        }
        if (!facts.jointUse().isEmpty()) {
            blocks.add(new Text(text(locale, "notice.jointUse.recorded")));
            blocks.add(new Table(List.of(text(locale, "notice.thirdParty.information"),
                    text(locale, "notice.jointUse.description")),
                    facts.jointUse().stream().map(entry -> List.of(entry.getName(),
                            blankToEmpty(entry.getJointUseDescription()))).toList()));
        }
        if (blocks.isEmpty()) {
            blocks.add(new Text(texts.get(NoticeText.JOINT_USE)));
        }
        return new Section("joint-use", heading(locale, 3, "notice.section.jointUse"), blocks);
    }

    private Section safeguards(LedgerService.NoticeFacts facts, Texts texts) {
        Locale locale = texts.locale;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Text(text(locale, "notice.safeguards.intro")));
        int number = 0;
        for (SafeguardHeading heading : safeguards.headings(safeguards.framework(NoticeText.SAFEGUARD_FRAMEWORK).getId())) {
            blocks.add(new Subheading(text(locale, "notice.safeguards.heading", ++number, heading.title(locale))));
            String statement = texts.get(NoticeText.safeguardCode(heading.getCode()));
            if (statement != null) {
                blocks.add(new Text(statement));
            }
            if (EXTERNAL_ENVIRONMENT.equals(heading.getCode())) {
                Set<String> countries = new LinkedHashSet<>(texts.lines(NoticeText.CHECKED_COUNTRIES));
                facts.provided().stream().filter(entry -> entry.getProvision().isAbroad())
                        .map(entry -> entry.getProvision().getCountry())
                        .filter(country -> country != null && !country.isBlank())
                        .map(String::strip).forEach(countries::add);
                if (!countries.isEmpty()) {
                    blocks.add(new Text(text(locale, "notice.safeguards.countries",
                            String.join(text(locale, "notice.listSeparator"), countries))));
                }
            }
        }
        return new Section("safeguards", heading(locale, 5, "notice.section.safeguards"), blocks);
    }

    private Section requests(Texts texts) {
        Locale locale = texts.locale;
        RequestProcedure procedure = procedures.current();
        String types = Stream.of(RequestType.values()).map(type -> messages.label(locale, type))
                .collect(Collectors.joining(text(locale, "notice.listSeparator")));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Text(text(locale, "notice.requests.intro", types)));
        blocks.add(new Subheading(text(locale, "notice.requests.window")));
        blocks.add(new Items(texts.lines(NoticeText.REQUEST_WINDOW)));
        blocks.add(new Subheading(text(locale, "notice.requests.how")));
        blocks.add(new Items(Stream.of(texts.get(NoticeText.REQUEST_FORM), texts.get(NoticeText.REQUEST_SUBMISSION))
                .filter(line -> line != null).toList()));
        blocks.add(new Subheading(text(locale, "notice.requests.identity")));
        blocks.add(new Items(texts.lines(NoticeText.IDENTITY_DOCUMENTS)));
        blocks.add(new Subheading(text(locale, "notice.requests.proxy")));
        blocks.add(new Items(texts.lines(NoticeText.PROXY_DOCUMENTS)));
        blocks.add(new Subheading(text(locale, "notice.requests.fee")));
        if (procedure.chargesFee()) {
            String payment = texts.get(NoticeText.FEE_PAYMENT);
            String fee = text(locale, "notice.requests.feeAmount", String.format(Locale.ROOT, "%,d", procedure.feeYen()));
            blocks.add(new Text(payment == null ? fee : fee + "\n" + payment));
        } else {
            blocks.add(new Text(text(locale, "notice.requests.noFee")));
        }
        blocks.add(new Subheading(text(locale, "notice.requests.deadline")));
        blocks.add(new Text(text(locale, "notice.requests.deadlineDays", procedure.responseDays(),
                messages.label(locale, procedure.dayCount()))));
        blocks.add(new Subheading(text(locale, "notice.requests.retention")));
        blocks.add(new Text(text(locale, "notice.requests.retentionMonths", procedure.retentionMonths())));
        List<String> notes = texts.lines(NoticeText.REQUEST_NOTES);
        if (!notes.isEmpty()) {
            blocks.add(new Subheading(text(locale, "notice.requests.notes")));
            blocks.add(new Items(notes));
        }
        return new Section("requests", heading(locale, 6, "notice.section.requests"), blocks);
    }

    private Section accredited(Texts texts) {
        Locale locale = texts.locale;
        AccreditedOrganisation kind = texts.configuration.accredited();
        String name = texts.stored(NoticeText.ACCREDITED_NAME);
        if (name == null) {
            name = settings.standard(locale, NoticeText.ACCREDITED_NAME.code() + "." + kind.name());
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Text(text(locale, "notice.accredited.member", name)));
        List<String> contact = texts.lines(NoticeText.ACCREDITED_CONTACT);
        if (!contact.isEmpty()) {
            blocks.add(new Subheading(text(locale, "notice.accredited.contact")));
            blocks.add(new Items(contact));
            blocks.add(new Text(text(locale, "notice.accredited.disclaimer")));
        }
        String body = texts.get(NoticeText.CERTIFICATION_BODY);
        if (body != null) {
            blocks.add(new Text(text(locale, "notice.accredited.certificationBody." + kind.name(), body)));
        }
        return new Section("accredited", heading(locale, 8, "notice.section.accredited"), blocks);
    }

    private String heading(Locale locale, int number, String key) {
        return text(locale, "notice.section.numbered", number, text(locale, key));
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.get(locale, key, args);
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    /** The notice's wordings in one language: stored first, the standard wording otherwise. */
    private final class Texts {
        private final NoticeConfiguration configuration;
        private final Locale locale;
        private final String organisationName;

        Texts(NoticeConfiguration configuration, Locale locale) {
            this.configuration = configuration;
            this.locale = locale;
            String stored = configuration.wording(NoticeText.ORGANISATION_NAME.code()).in(locale);
            this.organisationName = stored != null ? stored : organisation.organisationName();
        }

        String stored(NoticeText text) {
            return stored(text.code());
        }

        String stored(String code) {
            return configuration.wording(code).in(locale);
        }

        String get(NoticeText text, Object... args) {
            return get(text.code(), args);
        }

        String get(String code, Object... args) {
            String stored = configuration.wording(code).in(locale);
            return stored != null ? stored : settings.standard(locale, code, args);
        }

        List<String> lines(NoticeText text) {
            return Wording.lines(get(text));
        }
    }
}
