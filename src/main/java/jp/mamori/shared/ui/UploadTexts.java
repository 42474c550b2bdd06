package jp.mamori.shared.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/**
 * The words of an upload field (its button, drop zone, progress and refusals) in the user's
 * language: the component ships English only, and its refusal messages reach the user too.
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static void translate(Upload upload) {
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(text(upload, "upload.addFile")).setMany(text(upload, "upload.addFiles")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(text(upload, "upload.dropFile")).setMany(text(upload, "upload.dropFiles")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(text(upload, "upload.error.tooManyFiles"))
                        .setFileIsTooBig(text(upload, "upload.error.fileIsTooBig"))
                        .setIncorrectFileType(text(upload, "upload.error.incorrectFileType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(text(upload, "upload.status.connecting"))
                                .setStalled(text(upload, "upload.status.stalled"))
                                .setProcessing(text(upload, "upload.status.processing"))
                                .setHeld(text(upload, "upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(text(upload, "upload.remainingTime.prefix"))
                                .setUnknown(text(upload, "upload.remainingTime.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(text(upload, "upload.error.serverUnavailable"))
                                .setUnexpectedServerError(text(upload, "upload.error.unexpectedServerError"))
                                .setForbidden(text(upload, "upload.error.forbidden"))
                                .setFileTooLarge(text(upload, "upload.error.fileIsTooBig"))))
                .setFile(new UploadI18N.File()
                        .setRetry(text(upload, "upload.file.retry"))
                        .setStart(text(upload, "upload.file.start"))
                        .setRemove(text(upload, "upload.file.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
    }

    private static String text(Upload upload, String key) {
        return upload.getTranslation(key);
    }
}
