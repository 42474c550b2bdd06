package jp.mamori.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.mamori.shared.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Every text exists in Japanese and English, and views carry no hard-coded labels. */
class I18nBundlesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|messages\\.get\\([^,]+,|Feedback\\.(?:success|error))\\(?\\s*\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern HARD_CODED_LABEL = Pattern.compile(
            "(?:new (?:Button|H1|H2|H3|H4|Span|Paragraph|Checkbox|TextField|TextArea|PasswordField|EmailField|DatePicker|ComboBox|Select|Tab|Anchor|RouterLink|Details|NativeLabel)\\(\\s*\"[^\"]*[\\p{L}]"
                    + "|\\.set(?:Label|Text|Title|Placeholder|HelperText|HeaderTitle|ErrorMessage|EmptyStateText|AriaLabel|Tooltip)\\(\\s*\"[^\"]*[\\p{L}]"
                    + "|\\.setHeader\\(\\s*\"[^\"]*[\\p{L}])");

    @Test
    void everyBundleHasTheSameKeysInJapaneseAndEnglish() throws IOException {
        String[] basenames = Messages.discoverBasenames();
        assertThat(basenames).contains("i18n/messages");
        for (String basename : basenames) {
            Properties ja = load(basename + "_ja.properties");
            Properties en = load(basename + "_en.properties");
            assertThat(en.stringPropertyNames()).as("English keys of " + basename)
                    .containsExactlyInAnyOrderElementsOf(ja.stringPropertyNames());
            ja.forEach((key, value) -> assertThat((String) value).as(basename + " ja " + key).isNotBlank());
        }
    }

    @Test
    void everyKeyUsedInCodeExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String basename : Messages.discoverBasenames()) {
            known.addAll(load(basename + "_ja.properties").stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        for (Path source : javaSources()) {
            Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
            while (matcher.find()) {
                if (!known.contains(matcher.group(1))) {
                    missing.add(source.getFileName() + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void viewsHaveNoHardCodedLabels() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path source : javaSources()) {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                boolean httpHeader = lines.get(i).contains("getResponse().setHeader(");
                if (!httpHeader && HARD_CODED_LABEL.matcher(lines.get(i)).find()) {
                    offenders.add(source.getFileName() + ":" + (i + 1) + " " + lines.get(i).strip());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(path -> path.toString().endsWith(".java")).toList();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
