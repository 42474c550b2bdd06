package jp.mamori.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.function.Function;
import jp.mamori.shared.tabular.ImportError;
import jp.mamori.shared.tabular.ImportRejected;
import jp.mamori.shared.tabular.TabularFile;

/**
 * Upload a CSV or xlsx file and import it all-or-nothing: on refusal, every error is listed
 * with its row and column and nothing has been written.
 */
public class ImportDialog extends Dialog {

    private final Grid<ImportError> errors = new Grid<>();
    private final Paragraph status = new Paragraph();

    /** @param importer imports the bytes and returns the message key and arguments of the success notice */
    public ImportDialog(String titleKey, String helpKey, Function<byte[], Object[]> importer, Runnable afterImport) {
        setHeaderTitle(getTranslation(titleKey));
        setWidth("52rem");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            if (bytes.length > TabularFile.MAX_BYTES) {
                ui.access(() -> showErrors(List.of(new ImportError(0, "",
                        getTranslation("import.error.tooLarge", TabularFile.MAX_BYTES / (1024 * 1024))))));
                return;
            }
            ui.access(() -> {
                try {
                    Object[] success = Feedback.attempt(() -> importer.apply(bytes));
                    if (success != null) {
                        errors.setVisible(false);
                        status.setText(getTranslation((String) success[0], java.util.Arrays.copyOfRange(success, 1, success.length)));
                        afterImport.run();
                    }
                } catch (ImportRejected rejected) {
                    showErrors(rejected.errors());
                }
            });
        }));
        UploadTexts.translate(upload);
        upload.setMaxFileSize(TabularFile.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setId("import-upload");
        upload.addFileRejectedListener(event -> showErrors(List.of(new ImportError(0, "", event.getErrorMessage()))));

        errors.addColumn(error -> error.row() == 0 ? "" : String.valueOf(error.row()))
                .setHeader(getTranslation("import.row")).setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(ImportError::column).setHeader(getTranslation("import.column")).setAutoWidth(true);
        errors.addColumn(ImportError::message).setHeader(getTranslation("import.message")).setFlexGrow(3);
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        errors.setVisible(false);
        errors.setAllRowsVisible(true);
        errors.setId("import-errors");
        status.setId("import-status");
        add(new Paragraph(getTranslation(helpKey)), upload, status, errors);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }

    private void showErrors(List<ImportError> list) {
        status.setText(getTranslation("import.rejected.detail", list.size()));
        errors.setItems(list);
        errors.setVisible(true);
    }
}
