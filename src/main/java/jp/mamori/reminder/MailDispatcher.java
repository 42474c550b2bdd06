package jp.mamori.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.time.JapaneseDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox: single mails, and each digest reader's mails as one. Without an SMTP server
 * the mails are recorded as not configured, with the reason, for the administrators. A failed
 * send is retried with back-off; the notification itself is never touched.
 */
@Service
public class MailDispatcher {

    static final String NOT_CONFIGURED = "No SMTP server is configured (spring.mail.host is not set).";
    static final String NO_ADDRESS = "The recipient is inactive or has no e-mail address.";

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final Duration BUDGET = Duration.ofMinutes(2);
    private static final int DIGESTS_PER_RUN = 500;

    /** What one dispatch did. */
    public record DispatchResult(int sent, int failed, int notConfigured, int noAddress) {
    }

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final RecipientDirectory directory;
    private final NotificationTexts texts;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ReminderProperties properties;
    private final String from;

    MailDispatcher(Outbox outbox, ObjectProvider<JavaMailSender> mailSender, RecipientDirectory directory,
                   NotificationTexts texts, PlatformTransactionManager transactions, Clock clock,
                   ReminderProperties properties, @Value("${mamori.mail-from:mamori@localhost}") String from) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.directory = directory;
        this.texts = texts;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.properties = properties;
        this.from = from;
    }

    public boolean isMailConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    public DispatchResult dispatchDue() {
        Instant now = clock.instant();
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return new DispatchResult(0, 0, outbox.markNotConfigured(now, NOT_CONFIGURED), 0);
        }
        Run run = new Run(sender, now);
        long deadline = System.nanoTime() + BUDGET.toNanos();
        int claimed;
        do {
            claimed = transaction.execute(status -> run.sendSingles());
        } while (claimed == properties.mailBatchSize() && System.nanoTime() < deadline);
        for (long recipientId : outbox.digestRecipientsDue(now, DIGESTS_PER_RUN)) {
            transaction.executeWithoutResult(status -> run.sendDigest(recipientId));
        }
        DispatchResult result = new DispatchResult(run.sent, run.failed, 0, run.noAddress);
        if (run.sent + run.failed + run.noAddress > 0) {
            log.info("Mail dispatch: {}", result);
        }
        return result;
    }

    /** One dispatch: the directory's answers are kept for its duration. */
    private final class Run {

        private final JavaMailSender sender;
        private final Instant now;
        private final LocalDate today;
        private final Map<Long, Optional<RecipientDirectory.Recipient>> recipients = new HashMap<>();
        private int sent;
        private int failed;
        private int noAddress;

        Run(JavaMailSender sender, Instant now) {
            this.sender = sender;
            this.now = now;
            this.today = LocalDate.ofInstant(now, JapaneseDates.TOKYO);
        }

        int sendSingles() {
            List<Outbox.PendingMail> claimed = outbox.claimSingles(now, properties.mailBatchSize());
            Map<MimeMessage, Outbox.PendingMail> messages = new IdentityHashMap<>();
            for (Outbox.PendingMail mail : claimed) {
                addressed(mail)
                        .flatMap(recipient -> compose(List.of(mail), recipient,
                                texts.single(locale(recipient), recipient.displayName(), mail, today)))
                        .ifPresent(message -> messages.put(message, mail));
            }
            Map<Object, Exception> failures = send(messages.keySet().toArray(MimeMessage[]::new));
            List<Long> delivered = new ArrayList<>();
            messages.forEach((message, mail) -> {
                Exception failure = failures.get(message);
                if (failure == null) {
                    delivered.add(mail.notificationId());
                } else {
                    attemptFailed(mail, failure);
                }
            });
            outbox.markSent(delivered, now);
            sent += delivered.size();
            return claimed.size();
        }

        void sendDigest(long recipientId) {
            List<Outbox.PendingMail> claimed = outbox.claimDigest(recipientId, now);
            if (claimed.isEmpty()) {
                return;
            }
            Optional<RecipientDirectory.Recipient> recipient = addressed(claimed.getFirst());
            if (recipient.isEmpty()) {
                claimed.stream().skip(1).forEach(mail -> noAddress(mail, NO_ADDRESS));
                return;
            }
            Optional<MimeMessage> composed = compose(claimed, recipient.get(),
                    texts.digest(locale(recipient.get()), recipient.get().displayName(), claimed, today));
            if (composed.isEmpty()) {
                return;
            }
            MimeMessage message = composed.get();
            Exception failure = send(message).get(message);
            if (failure == null) {
                outbox.markSent(claimed.stream().map(Outbox.PendingMail::notificationId).toList(), now);
                sent += claimed.size();
            } else {
                claimed.forEach(mail -> attemptFailed(mail, failure));
            }
        }

        /** The recipient when they can be mailed; otherwise the mail is recorded as undeliverable. */
        private Optional<RecipientDirectory.Recipient> addressed(Outbox.PendingMail mail) {
            Optional<RecipientDirectory.Recipient> recipient = recipients
                    .computeIfAbsent(mail.recipientId(), directory::recipient)
                    .filter(r -> r.email() != null && !r.email().isBlank());
            if (recipient.isEmpty()) {
                noAddress(mail, NO_ADDRESS);
            }
            return recipient;
        }

        private void noAddress(Outbox.PendingMail mail, String reason) {
            outbox.markNoAddress(mail.notificationId(), now, reason);
            noAddress++;
        }

        private void attemptFailed(Outbox.PendingMail mail, Exception failure) {
            int attempts = mail.attempts() + 1;
            Instant retryAt = attempts >= properties.mailMaxAttempts() ? null : now.plus(properties.backOff(attempts));
            outbox.markAttemptFailed(mail.notificationId(), now, describe(failure), retryAt);
            failed++;
            log.warn("Mail for notification {} failed (attempt {}): {}", mail.notificationId(), attempts, describe(failure));
        }

        private Map<Object, Exception> send(MimeMessage... messages) {
            if (messages.length == 0) {
                return Map.of();
            }
            try {
                sender.send(messages);
                return Map.of();
            } catch (MailSendException e) {
                return e.getFailedMessages().isEmpty() ? allFailed(messages, e) : e.getFailedMessages();
            } catch (MailException e) {
                return allFailed(messages, e);
            }
        }

        /** The mail, or empty when the address or a header is refused: retrying would not help. */
        private Optional<MimeMessage> compose(List<Outbox.PendingMail> mails, RecipientDirectory.Recipient recipient,
                                              NotificationTexts.MailText text) {
            MimeMessage message = sender.createMimeMessage();
            try {
                MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
                helper.setFrom(from);
                helper.setTo(recipient.email());
                helper.setSubject(text.subject());
                helper.setText(text.body(), false);
                helper.setSentDate(Date.from(now));
                return Optional.of(message);
            } catch (MessagingException e) {
                mails.forEach(mail -> noAddress(mail, "Refused address or header: " + e.getMessage()));
                return Optional.empty();
            }
        }
    }

    private static Map<Object, Exception> allFailed(MimeMessage[] messages, Exception cause) {
        Map<Object, Exception> failures = new IdentityHashMap<>();
        for (MimeMessage message : messages) {
            failures.put(message, cause);
        }
        return failures;
    }

    private static Locale locale(RecipientDirectory.Recipient recipient) {
        return Messages.supported(recipient.locale());
    }

    private static String describe(Exception failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = failure.getMessage();
        return root == failure ? text : text + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

}
