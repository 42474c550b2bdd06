package jp.mamori.shared.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a view into the side navigation. The layout finds annotated routes by itself and shows
 * only those the signed-in person may open, so features never edit the layout.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NavigationEntry {

    NavGroup group();

    /** Bundle key of the entry's label. */
    String label();

    int order() default 100;
}
