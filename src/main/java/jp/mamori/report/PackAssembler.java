package jp.mamori.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.pdf.PdfReport;
import jp.mamori.shared.pdf.PdfReports;
import jp.mamori.shared.time.JapaneseDates;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.stereotype.Component;

/**
 * Writes the pack: every part's documents to temporary files, a cover with the contents, then
 * one PDF merged page by page with a bookmark per part (and per document under it), zipped
 * with the workbooks. Only one part's document is ever open at a time, so memory stays flat
 * however large the registers are.
 */
@Component
class PackAssembler {

    static final String WORKBOOK_FOLDER = "registers/";

    private final PdfReports reports;
    private final Messages messages;

    PackAssembler(PdfReports reports, Messages messages) {
        this.reports = reports;
        this.messages = messages;
    }

    void assemble(List<ExaminerPackPart> parts, ReportPeriod period, Locale locale, OutputStream out,
                  DoubleConsumer progress) {
        Locale language = Messages.supported(locale);
        Path folder = createFolder();
        try {
            List<WrittenPart> written = new ArrayList<>();
            List<ExaminerPackPart> ordered = parts.stream().sorted(Comparator.comparingInt(ExaminerPackPart::order)).toList();
            int steps = ordered.size() + 1;
            for (ExaminerPackPart part : ordered) {
                written.add(write(part, written.size() + 1, period, language, folder));
                progress.accept((double) written.size() / steps);
            }
            Path cover = folder.resolve("cover.pdf");
            writeTo(cover, stream -> cover(stream, written, period, language));
            Path combined = folder.resolve("combined.pdf");
            writeTo(combined, stream -> merge(stream, cover, written, language));
            zip(out, combined, period.packFileName("pdf"), written);
            progress.accept(1.0);
        } finally {
            deleteAll(folder);
        }
    }

    private WrittenPart write(ExaminerPackPart part, int number, ReportPeriod period, Locale locale, Path folder) {
        String title = messages.get(locale, part.titleKey());
        WrittenPart files = new WrittenPart(number, title, folder);
        try {
            part.write(period, locale, files);
        } catch (RuntimeException e) {
            throw new RuleViolation("report.error.partFailed", title, reason(e));
        }
        if (files.pdfs.isEmpty()) {
            files.pdf(title, stream -> placeholder(stream, part, files, locale));
        }
        return files;
    }

    private void placeholder(OutputStream out, ExaminerPackPart part, WrittenPart files, Locale locale) {
        try (PdfReport pdf = reports.open(out, PdfReport.Orientation.PORTRAIT, part.titleKey(), locale)) {
            pdf.paragraph(files.workbooks.isEmpty() ? messages.get(locale, "report.pack.nothing")
                    : messages.get(locale, "report.pack.seeWorkbooks", files.workbookNames()));
        }
    }

    private void cover(OutputStream out, List<WrittenPart> parts, ReportPeriod period, Locale locale) {
        try (PdfReport pdf = reports.open(out, PdfReport.Orientation.PORTRAIT, "report.pack.title", locale)) {
            pdf.paragraph(messages.get(locale, "report.pack.period", JapaneseDates.isoWithWareki(period.from(), locale),
                    JapaneseDates.isoWithWareki(period.to(), locale)));
            pdf.section(messages.get(locale, "report.pack.contents"));
            PdfReport.Table table = pdf.table(List.of(messages.get(locale, "report.pack.number"),
                    messages.get(locale, "report.pack.part"), messages.get(locale, "report.pack.documents"),
                    messages.get(locale, "report.pack.workbooks")), new float[] {0.5f, 2.2f, 3.5f, 2.6f});
            for (WrittenPart part : parts) {
                table.row(List.of(String.valueOf(part.number), part.title,
                        part.pdfs.stream().map(PdfFile::title).collect(Collectors.joining("\n")),
                        part.workbookNames().replace(", ", "\n")));
            }
            table.end();
        }
    }

    private void merge(OutputStream out, Path cover, List<WrittenPart> parts, Locale locale) {
        Document document = new Document();
        try {
            PdfCopy copy = new PdfCopy(document, out);
            copy.setFullCompression();
            document.addTitle(messages.get(locale, "report.pack.title"));
            document.addCreator("Mamori");
            document.open();
            List<Map<String, Object>> outline = new ArrayList<>();
            int nextPage = 1;
            outline.add(bookmark(messages.get(locale, "report.pack.contents"), nextPage));
            nextPage += append(copy, cover);
            for (WrittenPart part : parts) {
                Map<String, Object> partMark = bookmark(part.number + ". " + part.title, nextPage);
                List<Map<String, Object>> kids = new ArrayList<>();
                for (PdfFile pdf : part.pdfs) {
                    kids.add(bookmark(pdf.title(), nextPage));
                    nextPage += append(copy, pdf.file());
                }
                if (kids.size() > 1 || !kids.getFirst().get("Title").equals(part.title)) {
                    partMark.put("Kids", kids);
                }
                outline.add(partMark);
            }
            copy.setOutlines(outline);
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int append(PdfCopy copy, Path file) throws IOException {
        PdfReader reader = new PdfReader(file.toString());
        try {
            int pages = reader.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                copy.addPage(copy.getImportedPage(reader, page));
            }
            copy.freeReader(reader);
            return pages;
        } finally {
            reader.close();
        }
    }

    private static Map<String, Object> bookmark(String title, int page) {
        Map<String, Object> mark = new HashMap<>();
        mark.put("Title", title);
        mark.put("Action", "GoTo");
        mark.put("Page", page + " Fit");
        return mark;
    }

    private static void zip(OutputStream out, Path combined, String pdfName, List<WrittenPart> parts) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry(pdfName));
            Files.copy(combined, zip);
            zip.closeEntry();
            for (WrittenPart part : parts) {
                for (WorkbookFile workbook : part.workbooks) {
                    zip.putNextEntry(new ZipEntry(WORKBOOK_FOLDER + workbook.name()));
                    Files.copy(workbook.file(), zip);
                    zip.closeEntry();
                }
            }
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static void writeTo(Path file, Consumer<OutputStream> writer) {
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file))) {
            writer.accept(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createFolder() {
        try {
            return Files.createTempDirectory("examiner-pack");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteAll(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record PdfFile(String title, Path file) {
    }

    private record WorkbookFile(String name, Path file) {
    }

    /** One part's files, as the part writes them. */
    private static final class WrittenPart implements PackOutput {
        private final int number;
        private final String title;
        private final Path folder;
        private final List<PdfFile> pdfs = new ArrayList<>();
        private final List<WorkbookFile> workbooks = new ArrayList<>();

        WrittenPart(int number, String title, Path folder) {
            this.number = number;
            this.title = title;
            this.folder = folder;
        }

        @Override
        public void pdf(String documentTitle, Consumer<OutputStream> writer) {
            Path file = folder.resolve(String.format("%02d-%03d.pdf", number, pdfs.size() + 1));
            writeTo(file, writer);
            pdfs.add(new PdfFile(documentTitle, file));
        }

        @Override
        public void xlsx(String name, Consumer<OutputStream> writer) {
            Path file = folder.resolve(String.format("%02d-%03d.xlsx", number, workbooks.size() + 1));
            writeTo(file, writer);
            workbooks.add(new WorkbookFile(String.format("%02d_%s.xlsx", number, safe(name)), file));
        }

        String workbookNames() {
            return workbooks.stream().map(WorkbookFile::name).collect(Collectors.joining(", "));
        }

        private static String safe(String name) {
            return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        }
    }
}
