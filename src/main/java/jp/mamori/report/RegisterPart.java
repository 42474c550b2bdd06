package jp.mamori.report;

import java.io.OutputStream;
import java.util.Locale;

/**
 * A part that is one register workbook for the period: a feature extends it with its order,
 * title key, file name and writer, and annotates the subclass as a component.
 */
public class RegisterPart extends PackPart {

    /** Writes the register's records of the period as xlsx. */
    @FunctionalInterface
    public interface RegisterWriter {
        void write(OutputStream out, Locale locale, ReportPeriod period);
    }

    private final String fileName;
    private final RegisterWriter writer;

    protected RegisterPart(int order, String titleKey, String fileName, RegisterWriter writer) {
        super(order, titleKey);
        this.fileName = fileName;
        this.writer = writer;
    }

    @Override
    public void write(ReportPeriod period, Locale locale, PackOutput out) {
        out.xlsx(fileName, stream -> writer.write(stream, locale, period));
    }
}
