package jp.mamori.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Supplier;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.persistence.StaleRecordException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs a change from a form and tells the user how it went: saved, refused by a rule, or in
 * conflict with someone else's change. Nothing is swallowed.
 */
public final class Feedback {

    private Feedback() {
    }

    public static void success(String key, Object... args) {
        show(UI.getCurrent().getTranslation(key, args), NotificationVariant.SUCCESS, 3000);
    }

    public static void error(String key, Object... args) {
        show(UI.getCurrent().getTranslation(key, args), NotificationVariant.ERROR, 8000);
    }

    /** Runs the action; on success returns its result, otherwise reports why and returns null. */
    public static <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (ObjectOptimisticLockingFailureException | OptimisticLockException | StaleRecordException e) {
            error("error.conflict");
        } catch (RuleViolation e) {
            error(e.messageKey(), e.arguments());
        } catch (ConstraintViolationException e) {
            error("error.validation", e.getConstraintViolations().iterator().next().getMessage());
        } catch (AccessDeniedException e) {
            error("error.forbidden");
        }
        return null;
    }

    public static boolean attempt(Runnable action) {
        return attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }

    private static void show(String text, NotificationVariant variant, int millis) {
        Notification notification = new Notification(text, millis, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.open();
    }
}
