package jp.mamori.reminder;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.time.JapaneseDates;
import org.springframework.stereotype.Component;

/** How a notification reads, on screen and in mails, in the reader's language. */
@Component
public class NotificationTexts {

    /** A mail's subject and plain-text body. */
    public record MailText(String subject, String body) {
    }

    private final Messages messages;
    private final String linkBaseUrl;

    NotificationTexts(Messages messages, ReminderProperties properties) {
        this.messages = messages;
        this.linkBaseUrl = properties.linkBaseUrl().replaceAll("/+$", "");
    }

    /** {@code reminder.kind.<kind>} when a feature labelled its kind, else the code itself. */
    public String kindLabel(Locale locale, String kind) {
        String key = "reminder.kind." + kind;
        return messages.has(key) ? messages.get(locale, key) : kind;
    }

    public String stageLabel(Locale locale, Stage stage) {
        return messages.get(locale, stage.labelKey(), stage.number());
    }

    /** "Annual ledger review "Recruiting" is due on 2026-05-01 (7 days left)." relative to {@code today}. */
    public String headline(Locale locale, String kind, String subject, LocalDate due, LocalDate today) {
        long daysLeft = DAYS.between(today, due);
        String date = JapaneseDates.iso(due);
        if (daysLeft > 0) {
            return messages.get(locale, "reminder.headline.before", kindLabel(locale, kind), subject, date, daysLeft);
        }
        if (daysLeft == 0) {
            return messages.get(locale, "reminder.headline.due", kindLabel(locale, kind), subject, date);
        }
        return messages.get(locale, "reminder.headline.overdue", kindLabel(locale, kind), subject, date, -daysLeft);
    }

    MailText single(Locale locale, String recipientName, Outbox.PendingMail mail, LocalDate today) {
        String subject = messages.get(locale, "reminder.mail.subject." + mail.stage().phase().name(), mail.subject());
        String body = messages.get(locale, "reminder.mail.body", recipientName,
                headline(locale, mail.kind(), mail.subject(), mail.dueDate(), today),
                roleLine(locale, mail.role()),
                kindLabel(locale, mail.kind()),
                JapaneseDates.isoWithWareki(mail.dueDate(), locale),
                messages.label(locale, mail.severity()),
                linkLine(locale, mail.link()));
        return new MailText(subject, body + footer(locale));
    }

    MailText digest(Locale locale, String recipientName, List<Outbox.PendingMail> mails, LocalDate today) {
        String subject = messages.get(locale, "reminder.mail.digest.subject", mails.size(), JapaneseDates.iso(today));
        String items = mails.stream()
                .map(mail -> "- " + headline(locale, mail.kind(), mail.subject(), mail.dueDate(), today)
                        + (mail.role() == RecipientRole.RESPONSIBLE ? "" : " [" + messages.label(locale, mail.role()) + "]")
                        + (mail.link() == null ? "" : "\n  " + url(mail.link())))
                .collect(Collectors.joining("\n"));
        return new MailText(subject, messages.get(locale, "reminder.mail.digest.body", recipientName, mails.size(), items)
                + footer(locale));
    }

    private String roleLine(Locale locale, RecipientRole role) {
        return role == RecipientRole.RESPONSIBLE ? "" : messages.get(locale, "reminder.mail.escalation." + role.name()) + "\n";
    }

    private String linkLine(Locale locale, String link) {
        return link == null ? "" : messages.get(locale, "reminder.mail.open", url(link));
    }

    private String footer(Locale locale) {
        return "\n\n-- \n" + messages.get(locale, "reminder.mail.footer");
    }

    private String url(String link) {
        return linkBaseUrl + "/" + link.replaceFirst("^/+", "");
    }
}
