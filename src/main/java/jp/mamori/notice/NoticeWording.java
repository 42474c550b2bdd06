package jp.mamori.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.envers.Audited;

/** One stored wording of the notice, by its code ({@link NoticeText} or a safeguard heading). */
@Entity
@Table(name = "notice_wording")
@Audited
public class NoticeWording extends VersionedEntity implements HistoryLabel {

    @Column(nullable = false, unique = true, length = 120)
    private String code;

    @Column(name = "text_ja", columnDefinition = "text")
    private String textJa;

    @Column(name = "text_en", columnDefinition = "text")
    private String textEn;

    protected NoticeWording() {
    }

    NoticeWording(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    public Wording wording() {
        return new Wording(textJa, textEn);
    }

    void change(Wording wording) {
        this.textJa = wording.ja();
        this.textEn = wording.en();
    }

    @Override
    public String historyLabel() {
        return code;
    }
}
