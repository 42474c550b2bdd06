package jp.mamori.notice;

import java.util.Map;

/**
 * The notice settings as the form and the API edit them: the accredited organisation and the
 * stored wordings by code. {@code version} is the settings' version, for stale-save detection.
 */
public record NoticeConfiguration(AccreditedOrganisation accredited, Map<String, Wording> wordings, long version) {

    public NoticeConfiguration {
        wordings = Map.copyOf(wordings);
    }

    public Wording wording(String code) {
        return wordings.getOrDefault(code, Wording.EMPTY);
    }
}
