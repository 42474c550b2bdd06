package jp.mamori.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Clauses of the standard offered when adding a question to a checklist. They are data (a
 * resource file), so that a new edition of the standard is a change of text, not of code.
 */
@Component
public class StandardClauses {

    private final List<String> clauses;

    StandardClauses() {
        try (InputStream in = new ClassPathResource("audit/clauses-jisq15001-2017.txt").getInputStream()) {
            clauses = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> suggestions() {
        return clauses;
    }
}
