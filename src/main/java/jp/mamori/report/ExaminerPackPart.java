package jp.mamori.report;

import java.util.Locale;

/**
 * A feature's contribution to the examiner pack. Implement it as a Spring bean in the
 * feature's package; the pack asks every part, in {@link #order()}, to write its documents
 * for the period. The part runs as the person who builds the pack, so the feature's own
 * services and their role checks apply.
 */
public interface ExaminerPackPart {

    /** Where the part stands in the pack; the parts of the existing features use steps of 10. */
    int order();

    /** Bundle key of the part's title: its bookmark in the PDF and its line in the contents. */
    String titleKey();

    /**
     * Writes the part's PDFs (each becomes a bookmark under the part) and workbooks. A part
     * that writes no PDF still gets a page in the combined PDF naming its workbooks.
     */
    void write(ReportPeriod period, Locale locale, PackOutput out);
}
