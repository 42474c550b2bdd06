package jp.mamori.shared.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.pdf.BaseFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Finds a font that can write Japanese: the configured file, then the usual system fonts,
 * then OpenPDF's built-in CID font, which every Japanese-capable viewer renders. Never tofu.
 */
@Component
public class JapaneseFont {

    private static final Logger log = LoggerFactory.getLogger(JapaneseFont.class);

    static final List<String> SYSTEM_FONTS = List.of(
            "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
            "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf",
            "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
            "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
            "/Library/Fonts/ipaexg.ttf",
            "C:/Windows/Fonts/msgothic.ttc,0");

    private final BaseFont baseFont;
    private final String source;

    public JapaneseFont(@Value("${mamori.pdf.font-path:}") String configuredPath) {
        List<String> candidates = new ArrayList<>();
        if (!configuredPath.isBlank()) {
            candidates.add(configuredPath);
        }
        candidates.addAll(SYSTEM_FONTS);
        BaseFont found = null;
        String foundSource = null;
        for (String candidate : candidates) {
            String file = candidate.contains(",") ? candidate.substring(0, candidate.indexOf(',')) : candidate;
            if (Files.isReadable(Path.of(file))) {
                try {
                    found = BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                    foundSource = candidate;
                    break;
                } catch (Exception e) {
                    log.warn("Font {} could not be loaded: {}", candidate, e.getMessage());
                }
            }
        }
        if (found == null) {
            try {
                found = BaseFont.createFont("HeiseiKakuGo-W5", "UniJIS-UCS2-H", BaseFont.NOT_EMBEDDED);
                foundSource = "HeiseiKakuGo-W5 (CID, not embedded)";
            } catch (Exception e) {
                throw new IllegalStateException("No font able to write Japanese is available", e);
            }
        }
        baseFont = found;
        source = foundSource;
        log.info("PDF font: {}", source);
    }

    public BaseFont baseFont() {
        return baseFont;
    }

    public String source() {
        return source;
    }
}
