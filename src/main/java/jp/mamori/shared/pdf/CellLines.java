package jp.mamori.shared.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openpdf.text.pdf.BaseFont;

/**
 * Breaks a table cell's text into lines that fit its width. Japanese breaks between any two
 * characters, except that a line never starts with closing punctuation (行頭禁則); a line of
 * Latin text breaks after its last space where there is one. Glyph widths are looked up once
 * per character, which is what makes a ten-thousand-row table quick to lay out.
 */
final class CellLines {

    /** Characters a Japanese line must not start with. */
    private static final String NO_LINE_START = "、。，．,.・：；？！ー―‐）」』】〕〉》］｝)]}ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々";

    private final BaseFont font;
    private final float size;
    private final float leading;
    private final float ascent;
    private final float[] widths = new float[Character.MAX_VALUE + 1];

    CellLines(BaseFont font, float size) {
        this.font = font;
        this.size = size;
        this.leading = size * 1.3f;
        this.ascent = font.getFontDescriptor(BaseFont.ASCENT, size);
        Arrays.fill(widths, -1);
    }

    BaseFont font() {
        return font;
    }

    float size() {
        return size;
    }

    float leading() {
        return leading;
    }

    float ascent() {
        return ascent;
    }

    List<String> wrap(String text, float maxWidth) {
        List<String> lines = new ArrayList<>(2);
        int length = text.length();
        int paragraphStart = 0;
        while (paragraphStart <= length) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = length;
            }
            wrapParagraph(text, paragraphStart, paragraphEnd, maxWidth, lines);
            paragraphStart = paragraphEnd + 1;
        }
        return lines;
    }

    private void wrapParagraph(String text, int start, int end, float maxWidth, List<String> lines) {
        int lineStart = start;
        float width = 0;
        int lastSpace = -1;
        int i = start;
        while (i < end) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            float charWidth = width(codePoint);
            if (width + charWidth > maxWidth && i > lineStart && codePoint == ' ') {
                lines.add(clean(text, lineStart, i));
                lineStart = next;
                lastSpace = -1;
                width = 0;
                i = next;
                continue;
            }
            if (width + charWidth > maxWidth && i > lineStart) {
                int cut = lastSpace > lineStart ? lastSpace + 1 : i;
                if (cut == i && cut - lineStart > 1 && NO_LINE_START.indexOf(text.charAt(i)) >= 0) {
                    cut = text.offsetByCodePoints(i, -1);
                }
                lines.add(clean(text, lineStart, cut));
                lineStart = cut;
                lastSpace = -1;
                width = measure(text, lineStart, i);
            }
            if (codePoint == ' ') {
                lastSpace = i;
            }
            width += charWidth;
            i = next;
        }
        lines.add(clean(text, lineStart, end));
    }

    private float measure(String text, int from, int to) {
        float width = 0;
        for (int i = from; i < to; ) {
            int codePoint = text.codePointAt(i);
            width += width(codePoint);
            i += Character.charCount(codePoint);
        }
        return width;
    }

    private float width(int codePoint) {
        if (codePoint > Character.MAX_VALUE) {
            return font.getWidthPoint(codePoint, size);
        }
        float known = widths[codePoint];
        if (known < 0) {
            known = font.getWidthPoint(codePoint, size);
            widths[codePoint] = known;
        }
        return known;
    }

    private static String clean(String text, int from, int to) {
        String line = text.substring(from, to);
        if (line.indexOf('\r') >= 0 || line.indexOf('\t') >= 0) {
            line = line.replace("\r", "").replace('\t', ' ');
        }
        return line.stripTrailing();
    }
}
