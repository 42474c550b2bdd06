package jp.mamori.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.files.UploadedFile;

/** A link that generates a file when clicked and serves it as an attachment. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    public static Anchor link(String labelKey, String fileName, String contentType, Consumer<OutputStream> writer) {
        DownloadHandler handler = event -> {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            writer.accept(buffer);
            event.setFileName(fileName);
            event.setContentType(contentType);
            event.setContentLength(buffer.size());
            try (OutputStream out = event.getOutputStream()) {
                buffer.writeTo(out);
            }
        };
        Anchor anchor = new Anchor(handler, "");
        anchor.add(VaadinIcon.DOWNLOAD.create());
        anchor.add(anchor.getTranslation(labelKey));
        anchor.setDownload(true);
        anchor.addClassName("download-link");
        return anchor;
    }

    /**
     * A link to a stored upload, served as an attachment browsers must not sniff. The content
     * comes from {@code verifiedContent}, which refuses a file that fails its checksum; the
     * user is then told why instead of receiving it.
     */
    public static Anchor storedFile(UploadedFile file, LongFunction<byte[]> verifiedContent) {
        long id = file.getId();
        DownloadHandler handler = event -> {
            byte[] content;
            try {
                content = verifiedContent.apply(id);
            } catch (RuleViolation refused) {
                event.getResponse().setStatus(422);
                event.getUI().access(() -> Feedback.error(refused.messageKey(), refused.arguments()));
                return;
            }
            event.setFileName(file.getFileName());
            event.setContentType(file.getContentType());
            event.setContentLength(content.length);
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            try (OutputStream out = event.getOutputStream()) {
                out.write(content);
            }
        };
        Anchor anchor = new Anchor(handler, "");
        anchor.add(VaadinIcon.DOWNLOAD.create());
        anchor.add(file.getFileName());
        anchor.setDownload(true);
        anchor.getElement().setAttribute("title", anchor.getTranslation("common.download"));
        return anchor;
    }
}
