package jp.mamori.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.files.FileCheck;
import org.junit.jupiter.api.Test;

class MaterialFileCheckTest {

    private static final FileCheck MATERIAL_FILES = new FileCheck("training.error.", "material");

    @Test
    void theContentDecidesNotTheName() throws IOException {
        assertThat(MATERIAL_FILES.detect("%PDF-1.7 ...".getBytes())).isEqualTo(FileCheck.Kind.PDF);
        assertThat(MATERIAL_FILES.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
                .isEqualTo(FileCheck.Kind.JPEG);
        assertThat(MATERIAL_FILES.detect(zip("[Content_Types].xml", "ppt/presentation.xml")))
                .isEqualTo(FileCheck.Kind.PPTX);
        assertThat(MATERIAL_FILES.detect(zip("[Content_Types].xml", "word/document.xml")))
                .isEqualTo(FileCheck.Kind.DOCX);
        assertThat(MATERIAL_FILES.detect(zip("[Content_Types].xml", "xl/workbook.xml")))
                .isEqualTo(FileCheck.Kind.XLSX);
        assertThat(MATERIAL_FILES.safeName("C:\\Users\\a\\手順書.pdf.exe", FileCheck.Kind.PDF))
                .isEqualTo("手順書.pdf.exe.pdf");
    }

    @Test
    void executablesMacrosAndUnknownFilesAreRefused() throws IOException {
        assertRefused(new byte[] {'M', 'Z', (byte) 0x90, 0}, "training.error.fileExecutable");
        assertRefused(new byte[] {0x7F, 'E', 'L', 'F', 2}, "training.error.fileExecutable");
        assertRefused("#!/bin/sh\nrm -rf /".getBytes(), "training.error.fileExecutable");
        assertRefused(zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"),
                "training.error.fileExecutable");
        assertRefused(zip("payload.exe"), "training.error.fileExecutable");
        assertRefused(zip("readme.txt"), "training.error.fileType");
        assertRefused("GIF89a".getBytes(), "training.error.fileType");
        assertRefused(new byte[0], "training.error.fileEmpty");
    }

    private static void assertRefused(byte[] bytes, String key) {
        assertThatThrownBy(() -> MATERIAL_FILES.detect(bytes)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo(key);
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("x".getBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
