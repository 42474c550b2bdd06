package jp.mamori.safeguard;

import static jp.mamori.shared.files.FileCheck.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import jp.mamori.shared.RuleViolation;

/**
 * Decides what an uploaded file is from its bytes, never from its name. Executables are
 * refused whatever they are called; so is anything not on the list of evidence types, and a
 * name whose extension contradicts the content.
 */
final class EvidenceInspector {

    /** An accepted kind of evidence. */
    record Kind(String contentType, List<String> extensions) {
    }

    static final Kind PDF = new Kind("application/pdf", List.of("pdf"));
    static final Kind PNG = new Kind("image/png", List.of("png"));
    static final Kind JPEG = new Kind("image/jpeg", List.of("jpg", "jpeg"));
    static final Kind GIF = new Kind("image/gif", List.of("gif"));
    static final Kind XLSX = new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"));
    static final Kind DOCX = new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"));
    static final Kind PPTX = new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx"));
    static final Kind CSV = new Kind("text/csv; charset=UTF-8", List.of("csv"));
    static final Kind TEXT = new Kind("text/plain; charset=UTF-8", List.of("txt", "text", "log", "tsv", "md"));

    /** [Content_Types].xml is small; a larger one is not an Office document worth reading. */
    private static final int MAX_CONTENT_TYPES_BYTES = 256 * 1024;

    private EvidenceInspector() {
    }

    static Kind inspect(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new RuleViolation("safeguard.evidence.error.empty");
        }
        if (isExecutable(bytes)) {
            throw new RuleViolation("safeguard.evidence.error.executable", fileName);
        }
        Kind kind = detect(bytes);
        if (kind == null) {
            throw new RuleViolation("safeguard.evidence.error.type", fileName);
        }
        String extension = extension(fileName);
        boolean textual = kind == CSV || kind == TEXT;
        if (textual && "csv".equals(extension)) {
            return CSV;
        }
        if (extension != null && !kind.extensions().contains(extension) && !(textual && TEXT.extensions().contains(extension))) {
            throw new RuleViolation("safeguard.evidence.error.mismatch", fileName, kind.extensions().getFirst());
        }
        return kind;
    }

    private static boolean isExecutable(byte[] b) {
        return startsWith(b, 'M', 'Z')
                || startsWith(b, 0x7F, 'E', 'L', 'F')
                || startsWith(b, 0xFE, 0xED, 0xFA, 0xCE) || startsWith(b, 0xFE, 0xED, 0xFA, 0xCF)
                || startsWith(b, 0xCE, 0xFA, 0xED, 0xFE) || startsWith(b, 0xCF, 0xFA, 0xED, 0xFE)
                || startsWith(b, 0xCA, 0xFE, 0xBA, 0xBE)
                || startsWith(b, '#', '!')
                || startsWith(b, 0xEF, 0xBB, 0xBF, '#', '!');
    }

    private static Kind detect(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return PDF;
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(b, 'G', 'I', 'F', '8', '7', 'a') || startsWith(b, 'G', 'I', 'F', '8', '9', 'a')) {
            return GIF;
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return office(b);
        }
        return isUtf8Text(b) ? TEXT : null;
    }

    /**
     * An Office Open XML file declares its main part in [Content_Types].xml. Read through the
     * central directory (a temporary file): streaming readers choke on the data descriptors
     * some writers, FastExcel among them, produce.
     */
    private static Kind office(byte[] bytes) {
        Path file = null;
        try {
            file = Files.createTempFile("mamori-evidence", ".zip");
            Files.write(file, bytes);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry entry = zip.getEntry("[Content_Types].xml");
                if (entry == null) {
                    return null;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    String types = new String(in.readNBytes(MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8);
                    if (types.contains("spreadsheetml.sheet.main+xml")) {
                        return XLSX;
                    }
                    if (types.contains("wordprocessingml.document.main+xml")) {
                        return DOCX;
                    }
                    if (types.contains("presentationml.presentation.main+xml")) {
                        return PPTX;
                    }
                    return null;
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        } finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    private static boolean isUtf8Text(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return null;
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? null : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
