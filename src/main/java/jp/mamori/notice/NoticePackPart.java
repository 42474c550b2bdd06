package jp.mamori.notice;

import java.util.Locale;
import jp.mamori.report.PackOutput;
import jp.mamori.report.PackPart;
import jp.mamori.report.ReportPeriod;
import jp.mamori.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/** The public notice as generated from the records when the pack is built. */
@Component
class NoticePackPart extends PackPart {

    private final PublicNoticeService notices;
    private final Messages messages;

    NoticePackPart(PublicNoticeService notices, Messages messages) {
        super(6, "report.part.publicNotice");
        this.notices = notices;
        this.messages = messages;
    }

    @Override
    public void write(ReportPeriod period, Locale locale, PackOutput out) {
        out.pdf(messages.get(locale, "notice.title"), stream -> notices.pdf(locale, stream));
    }
}
