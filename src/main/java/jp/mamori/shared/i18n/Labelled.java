package jp.mamori.shared.i18n;

/** A domain value that knows the bundle key of its label, so every screen names it the same. */
public interface Labelled {

    String labelKey();
}
