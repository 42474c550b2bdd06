package jp.mamori.report;

import java.io.OutputStream;
import java.util.function.Consumer;

/** Where an {@link ExaminerPackPart} writes: each document goes to a file of its own, never into memory. */
public interface PackOutput {

    /** A PDF of the part, bookmarked under the part's title with {@code title}. */
    void pdf(String title, Consumer<OutputStream> writer);

    /**
     * A workbook placed beside the combined PDF. {@code name} becomes its file name (without
     * extension); keep it ASCII, as zip tools on Japanese Windows garble other names.
     */
    void xlsx(String name, Consumer<OutputStream> writer);
}
