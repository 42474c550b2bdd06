package jp.mamori.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.envers.Audited;

/**
 * A purpose of use (利用目的) in the words the public notice publishes. One text serves every
 * ledger entry with that purpose, so the notice and the ledger never drift apart.
 */
@Entity
@Table(name = "purpose")
@Audited
public class Purpose extends VersionedEntity implements HistoryLabel {

    public static final int MAX_TEXT = 1000;

    @NotBlank(message = "{validation.required}")
    @Size(max = MAX_TEXT, message = "{validation.maxLength}")
    @Column(name = "text_ja", nullable = false, length = MAX_TEXT)
    private String textJa;

    @Size(max = MAX_TEXT, message = "{validation.maxLength}")
    @Column(name = "text_en", length = MAX_TEXT)
    private String textEn;

    /** The category of personal information the notice lists it under (お客様, 従業者, 採用応募者...). */
    @Size(max = 100, message = "{validation.maxLength}")
    @Column(length = 100)
    private String category;

    @Column(nullable = false)
    private boolean active = true;

    public Purpose() {
    }

    public Purpose(String textJa) {
        setTextJa(textJa);
    }

    public String getTextJa() {
        return textJa;
    }

    public void setTextJa(String textJa) {
        this.textJa = textJa == null ? null : textJa.strip();
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn == null || textEn.isBlank() ? null : textEn.strip();
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category == null || category.isBlank() ? null : category.strip();
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** The text in the reader's language, Japanese when no translation exists. */
    public String text(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && textEn != null ? textEn : textJa;
    }

    @Override
    public String historyLabel() {
        return textJa;
    }
}
