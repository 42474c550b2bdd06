package jp.mamori.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.function.Consumer;

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
}
