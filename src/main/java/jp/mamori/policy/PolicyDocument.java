package jp.mamori.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.envers.Audited;

/** A policy document; its text lives in its versions. Enacted on its first publication. */
@Entity
@Table(name = "policy_document")
@Audited
public class PolicyDocument extends VersionedEntity implements HistoryLabel {

    public static final int MAX_TITLE = 300;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private PolicyKind kind;

    @Column(name = "title_ja", nullable = false, length = MAX_TITLE)
    private String titleJa;

    @Column(name = "title_en", length = MAX_TITLE)
    private String titleEn;

    @Column(name = "enacted_on")
    private LocalDate enactedOn;

    protected PolicyDocument() {
    }

    PolicyDocument(PolicyKind kind, String titleJa, String titleEn) {
        this.kind = kind;
        rename(titleJa, titleEn);
    }

    public PolicyKind getKind() {
        return kind;
    }

    public String getTitleJa() {
        return titleJa;
    }

    public String getTitleEn() {
        return titleEn;
    }

    /** The title in the reader's language, Japanese when no translation exists. */
    public String title(Locale locale) {
        return PolicyLanguage.pick(locale, titleJa, titleEn);
    }

    public LocalDate getEnactedOn() {
        return enactedOn;
    }

    void rename(String ja, String en) {
        this.titleJa = ja.strip();
        this.titleEn = en == null || en.isBlank() ? null : en.strip();
    }

    void enactOn(LocalDate date) {
        if (enactedOn == null) {
            enactedOn = date;
        }
    }

    @Override
    public String historyLabel() {
        return titleJa;
    }
}
