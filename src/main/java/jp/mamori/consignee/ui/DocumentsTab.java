package jp.mamori.consignee.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import jp.mamori.consignee.Assessment;
import jp.mamori.consignee.ConsigneeDocument;
import jp.mamori.consignee.ConsigneeDocumentService;
import jp.mamori.consignee.DocumentKind;
import jp.mamori.consignee.DocumentValues;
import jp.mamori.shared.files.FileCheck;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.Downloads;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.LabelledSelect;
import jp.mamori.shared.ui.Registers;
import jp.mamori.shared.ui.UploadTexts;

/**
 * Contracts, NDAs and evidence: the list with downloads, and a form to record one with its
 * file (checked for what it really is when saved).
 */
class DocumentsTab extends VerticalLayout {

    private final ConsigneeDocumentService documents;
    private final long consigneeId;
    private final Grid<ConsigneeDocument> grid = new Grid<>();
    private final LabelledSelect<DocumentKind> kind = new LabelledSelect<>("consignee.document.kind", DocumentKind.values());
    private final TextField title = new TextField();
    private final DatePicker signedOn = new DatePicker();
    private final DatePicker endsOn = new DatePicker();
    private final ComboBox<Assessment> assessment = new ComboBox<>();
    private final Span fileReady = new Span();
    private String fileName;
    private byte[] fileBytes;

    DocumentsTab(ConsigneeDocumentService documents, long consigneeId, List<Assessment> assessments) {
        this.documents = documents;
        this.consigneeId = consigneeId;
        boolean keeper = ConsigneeBadges.mayKeep();
        grid.addColumn(d -> getTranslation(d.getKind().labelKey())).setHeader(getTranslation("consignee.document.kind"))
                .setAutoWidth(true);
        grid.addColumn(ConsigneeDocument::getTitle).setHeader(getTranslation("consignee.document.title")).setFlexGrow(2);
        grid.addColumn(d -> JapaneseDates.iso(d.getSignedOn())).setHeader(getTranslation("consignee.document.signedOn"))
                .setAutoWidth(true);
        grid.addColumn(d -> JapaneseDates.iso(d.getEndsOn())).setHeader(getTranslation("consignee.document.endsOn"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::fileCell).setHeader(getTranslation("consignee.document.file"));
        Registers.digestColumn(grid, ConsigneeDocument::getSha256, "consignee.document.sha256");
        if (keeper) {
            grid.addComponentColumn(d -> {
                Button remove = new Button(getTranslation("consignee.document.remove"), click -> {
                    if (Feedback.attempt(() -> documents.remove(d.getId()))) {
                        refresh();
                    }
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("consignee.document.empty"));
        grid.setId("consignee-documents");
        add(grid);
        if (keeper) {
            add(form(assessments));
        }
        setPadding(false);
        refresh();
    }

    private Component fileCell(ConsigneeDocument document) {
        if (!document.hasFile()) {
            return new Span();
        }
        return Downloads.link("consignee.document.download", document.getFileName(), document.getContentType(), out -> {
            try {
                out.write(documents.content(document.getId()).bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Component form(List<Assessment> assessments) {
        kind.setId("document-kind");
        kind.setValue(DocumentKind.CONTRACT);
        title.setLabel(getTranslation("consignee.document.title"));
        title.setMaxLength(200);
        title.setId("document-title");
        signedOn.setLabel(getTranslation("consignee.document.signedOn"));
        signedOn.setId("document-signed");
        endsOn.setLabel(getTranslation("consignee.document.endsOn"));
        endsOn.setId("document-ends");
        assessment.setLabel(getTranslation("consignee.document.assessment"));
        assessment.setItems(assessments);
        assessment.setItemLabelGenerator(a -> JapaneseDates.iso(a.getAssessedOn()) + " " + a.getTemplateName());
        assessment.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> showFieldsFor(e.getValue()));
        showFieldsFor(kind.getValue());
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(
                () -> receive(metadata.fileName(), bytes)))));
        UploadTexts.translate(upload);
        upload.setMaxFileSize(FileCheck.MAX_BYTES);
        upload.setId("document-upload");
        fileReady.setId("document-file-ready");
        Button save = new Button(getTranslation("consignee.document.add"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("document-save");
        Button cancel = new Button(getTranslation("action.cancel"), click -> clear());
        FormLayout fields = new FormLayout(kind, title, signedOn, endsOn, assessment);
        VerticalLayout form = new VerticalLayout(fields, upload, fileReady, new HorizontalLayout(save, cancel));
        form.setPadding(false);
        save.addClickShortcut(Key.ENTER).listenOn(form);
        cancel.addClickShortcut(Key.ESCAPE).listenOn(form);
        return form;
    }

    /** Only contracts and NDAs have an end date; only evidence belongs to an assessment. */
    private void showFieldsFor(DocumentKind value) {
        endsOn.setVisible(value != null && value.hasTerm());
        endsOn.setRequiredIndicatorVisible(endsOn.isVisible());
        assessment.setVisible(value == DocumentKind.EVIDENCE);
    }

    /** Holds the uploaded file until the document is saved; it is checked then. */
    void receive(String name, byte[] bytes) {
        fileName = name;
        fileBytes = bytes;
        fileReady.setText(getTranslation("consignee.document.fileReady", name));
    }

    private void save() {
        if (kind.getValue() == null || title.getValue().isBlank()) {
            title.setInvalid(title.getValue().isBlank());
            title.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        DocumentValues values = new DocumentValues(kind.getValue(), title.getValue(), signedOn.getValue(),
                endsOn.isVisible() ? endsOn.getValue() : null,
                assessment.isVisible() && assessment.getValue() != null ? assessment.getValue().getId() : null);
        if (Feedback.attempt(() -> documents.attach(consigneeId, values, fileName, fileBytes)) != null) {
            Feedback.success("common.saved");
            clear();
            refresh();
        }
    }

    private void clear() {
        title.clear();
        title.setInvalid(false);
        signedOn.clear();
        endsOn.clear();
        assessment.clear();
        fileName = null;
        fileBytes = null;
        fileReady.setText("");
    }

    private void refresh() {
        grid.setItems(documents.documents(consigneeId));
    }
}
