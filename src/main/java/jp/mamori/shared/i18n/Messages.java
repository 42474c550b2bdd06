package jp.mamori.shared.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The one place user-visible text comes from. Every feature ships its own bundle pair
 * {@code i18n/<feature>_ja.properties} and {@code _en}; all are found on the class path, so a
 * new feature adds its texts without touching shared code.
 */
public final class Messages {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(JAPANESE, ENGLISH);

    private final ResourceBundleMessageSource source;

    public Messages() {
        source = new ResourceBundleMessageSource();
        source.setBasenames(discoverBasenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(JAPANESE);
        source.setAlwaysUseMessageFormat(false);
    }

    /** The basenames of every {@code i18n/*_ja.properties} on the class path. */
    public static String[] discoverBasenames() {
        try {
            Resource[] bundles = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/*_ja.properties");
            return Arrays.stream(bundles)
                    .map(Resource::getFilename)
                    .map(name -> "i18n/" + name.substring(0, name.length() - "_ja.properties".length()))
                    .distinct()
                    .sorted()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public MessageSource source() {
        return source;
    }

    public String get(Locale locale, String key, Object... args) {
        try {
            return source.getMessage(key, args.length == 0 ? null : args, supported(locale));
        } catch (NoSuchMessageException e) {
            return "!" + key + "!";
        }
    }

    public String label(Locale locale, Labelled labelled) {
        return get(locale, labelled.labelKey());
    }

    public boolean has(String key) {
        try {
            source.getMessage(key, null, JAPANESE);
            return true;
        } catch (NoSuchMessageException e) {
            return false;
        }
    }

    /** Japanese unless the caller explicitly asked for English. */
    public static Locale supported(Locale requested) {
        if (requested != null && ENGLISH.getLanguage().equals(requested.getLanguage())) {
            return ENGLISH;
        }
        return JAPANESE;
    }
}
