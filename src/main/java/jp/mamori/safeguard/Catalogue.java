package jp.mamori.safeguard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped catalogue as written in {@code safeguard/catalogue.json}: frameworks, their
 * headings, sections (a sub-heading such as "(1) 区域の管理" with its clause text) and items.
 * {@code version} goes up with every change so that a start merges it exactly once.
 */
record Catalogue(int version, List<Framework> frameworks) {

    record Framework(String code, String nameJa, String nameEn, List<Heading> headings) {
    }

    record Heading(String code, String titleJa, String titleEn, List<Section> sections) {
    }

    record Section(String titleJa, String titleEn, String clause, List<Item> items) {
    }

    record Item(String code, Requirement requirement, CheckFrequency frequency, String clause, String ja, String en) {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static Catalogue read(InputStream in) {
        try (in) {
            return JSON.readValue(in, Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
