package jp.mamori.safeguard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import jp.mamori.safeguard.EvidenceFile;
import jp.mamori.safeguard.EvidenceService;
import jp.mamori.safeguard.SafeguardEvidence;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.ui.Feedback;

/**
 * A download link for an evidence file, served as an attachment that browsers must not sniff.
 * A file that fails its checksum is not served; the user is told why.
 */
final class EvidenceLinks {

    private EvidenceLinks() {
    }

    static Anchor link(EvidenceService evidence, SafeguardEvidence file) {
        long id = file.getId();
        DownloadHandler handler = event -> {
            EvidenceFile verified;
            try {
                verified = evidence.download(id);
            } catch (RuleViolation refused) {
                event.getResponse().setStatus(422);
                event.getUI().access(() -> Feedback.error(refused.messageKey(), refused.arguments()));
                return;
            }
            event.setFileName(verified.fileName());
            event.setContentType(verified.contentType());
            event.setContentLength(verified.content().length);
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            try (OutputStream out = event.getOutputStream()) {
                out.write(verified.content());
            }
        };
        Anchor anchor = new Anchor(handler, "");
        anchor.add(VaadinIcon.DOWNLOAD.create());
        anchor.add(file.getFileName());
        anchor.setDownload(true);
        anchor.getElement().setAttribute("title", anchor.getTranslation("safeguard.evidence.download"));
        return anchor;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? (bytes / 1024) + " KB" : String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
