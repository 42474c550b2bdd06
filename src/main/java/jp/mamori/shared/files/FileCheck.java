package jp.mamori.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.mamori.shared.RuleViolation;

/**
 * Decides what an uploaded document (training material, a contract, assessment evidence)
 * really is from its bytes, never from its name: PDF, PNG, JPEG and the Office Open XML
 * documents (pptx, docx, xlsx) are accepted; anything else, executables above all, is refused
 * whatever it is called. Each feature words the refusals in its own bundle: the keys are its
 * prefix followed by {@code fileEmpty}, {@code fileTooLarge}, {@code fileType} and
 * {@code fileExecutable}.
 */
public final class FileCheck {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final int MAX_ZIP_ENTRIES = 5_000;

    public enum Kind {
        PDF("application/pdf", ".pdf"),
        PNG("image/png", ".png"),
        JPEG("image/jpeg", ".jpg"),
        PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

        private final String contentType;
        private final String extension;

        Kind(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    private final String messagePrefix;
    private final String fallbackName;

    /**
     * @param messagePrefix the start of the refusal keys, e.g. {@code training.error.}
     * @param fallbackName  the name a file gets when it came without a usable one
     */
    public FileCheck(String messagePrefix, String fallbackName) {
        this.messagePrefix = messagePrefix;
        this.fallbackName = fallbackName;
    }

    public Kind detect(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw RuleViolation.onField("file", messagePrefix + "fileEmpty");
        }
        if (bytes.length > MAX_BYTES) {
            throw RuleViolation.onField("file", messagePrefix + "fileTooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(bytes, 'M', 'Z') || startsWith(bytes, 0x7F, 'E', 'L', 'F') || startsWith(bytes, '#', '!')
                || startsWith(bytes, 0xCA, 0xFE, 0xBA, 0xBE) || startsWith(bytes, 0xCF, 0xFA, 0xED, 0xFE)
                || startsWith(bytes, 0xFE, 0xED, 0xFA, 0xCF)) {
            throw RuleViolation.onField("file", messagePrefix + "fileExecutable");
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return Kind.PDF;
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Kind.PNG;
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Kind.JPEG;
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return officeDocument(bytes);
        }
        throw RuleViolation.onField("file", messagePrefix + "fileType");
    }

    /** The file's name without any path, control characters, and with the extension its content has. */
    public String safeName(String original, Kind kind) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = fallbackName;
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(kind.extension)
                && !(kind == Kind.JPEG && name.toLowerCase(Locale.ROOT).endsWith(".jpeg"))) {
            name = name + kind.extension;
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private Kind officeDocument(byte[] bytes) {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (names.size() >= MAX_ZIP_ENTRIES) {
                    throw RuleViolation.onField("file", messagePrefix + "fileType");
                }
                String name = entry.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                // Macros and embedded programs have no place in a document kept as a record.
                if (lower.endsWith("vbaproject.bin") || lower.endsWith(".exe") || lower.endsWith(".dll")
                        || lower.endsWith(".bat") || lower.endsWith(".cmd") || lower.endsWith(".js")
                        || lower.endsWith(".vbs") || lower.endsWith(".ps1") || lower.endsWith(".scr")) {
                    throw RuleViolation.onField("file", messagePrefix + "fileExecutable");
                }
                names.add(name);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw RuleViolation.onField("file", messagePrefix + "fileType");
        }
        if (!names.contains("[Content_Types].xml")) {
            throw RuleViolation.onField("file", messagePrefix + "fileType");
        }
        if (names.contains("ppt/presentation.xml")) {
            return Kind.PPTX;
        }
        if (names.contains("word/document.xml")) {
            return Kind.DOCX;
        }
        if (names.contains("xl/workbook.xml")) {
            return Kind.XLSX;
        }
        throw RuleViolation.onField("file", messagePrefix + "fileType");
    }

    /** Whether the bytes begin with this signature (magic number), each given as an unsigned byte. */
    public static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
