package jp.mamori.safeguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.mamori.shared.RuleViolation;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;

class EvidenceInspectorTest {

    @Test
    void acceptedTypesAreRecognisedByTheirBytes() throws IOException {
        assertThat(EvidenceInspector.inspect("入退室記録.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(EvidenceInspector.PDF);
        assertThat(EvidenceInspector.inspect("photo", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .isEqualTo(EvidenceInspector.PNG);
        assertThat(EvidenceInspector.inspect("a.JPG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .isEqualTo(EvidenceInspector.JPEG);
        assertThat(EvidenceInspector.inspect("log.csv", "日付,入室者\n2026-11-01,山田\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(EvidenceInspector.CSV);
        assertThat(EvidenceInspector.inspect("memo.txt", "点検メモ".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(EvidenceInspector.TEXT);
        assertThat(EvidenceInspector.inspect("台帳.xlsx", xlsx())).isEqualTo(EvidenceInspector.XLSX);
        assertThat(EvidenceInspector.inspect("規程.docx", zip("[Content_Types].xml",
                "<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")))
                .isEqualTo(EvidenceInspector.DOCX);
    }

    @Test
    void programsAreRefusedWhateverTheirName() {
        for (byte[] program : new byte[][] {
                {'M', 'Z', (byte) 0x90, 0}, {0x7F, 'E', 'L', 'F', 2}, {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
                "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII)}) {
            assertThatThrownBy(() -> EvidenceInspector.inspect("report.pdf", program))
                    .isInstanceOf(RuleViolation.class)
                    .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("safeguard.evidence.error.executable");
        }
    }

    @Test
    void otherContentAndMisleadingNamesAreRefused() throws IOException {
        assertRefused("data.bin", new byte[] {1, 2, 0, 4}, "safeguard.evidence.error.type");
        assertRefused("sjis.csv", "日付".getBytes(Charset.forName("windows-31j")), "safeguard.evidence.error.type");
        assertRefused("macro.docm", zip("[Content_Types].xml",
                "<Types><Override ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>"),
                "safeguard.evidence.error.type");
        assertRefused("archive.zip", zip("readme.txt", "hello"), "safeguard.evidence.error.type");
        assertRefused("scan.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, "safeguard.evidence.error.mismatch");
        assertRefused("empty.pdf", new byte[0], "safeguard.evidence.error.empty");
    }

    private static void assertRefused(String name, byte[] content, String key) {
        assertThatThrownBy(() -> EvidenceInspector.inspect(name, content))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo(key);
    }

    private static byte[] xlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Mamori", "1.0")) {
            workbook.newWorksheet("点検").value(0, 0, "入室記録");
        }
        return out.toByteArray();
    }

    private static byte[] zip(String entry, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
