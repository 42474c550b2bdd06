package jp.mamori.training;

import jp.mamori.shared.i18n.Labelled;

/** When a course is taken: once at hiring, every fiscal year, or when somebody decides. */
public enum CourseKind implements Labelled {
    AT_HIRING, ANNUAL, AD_HOC;

    @Override
    public String labelKey() {
        return "training.kind." + name();
    }
}
