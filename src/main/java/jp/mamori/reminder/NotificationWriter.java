package jp.mamori.reminder;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Writes a sweep's candidate notifications set-wise: a chunk of rows goes to PostgreSQL as
 * arrays in one statement that inserts the notifications that do not exist yet
 * ({@code ON CONFLICT DO NOTHING} on their identity) and, in the same statement, their mail
 * outbox rows. Each chunk commits on its own, so a crash keeps what was written and the rerun
 * adds only the rest.
 */
@Component
class NotificationWriter {

    private static final String INSERT = """
            with input (kind, subject_key, due_date, stage, recipient_id, recipient_role, subject, link, severity, fire_date) as (
                select * from unnest(?::varchar[], ?::varchar[], ?::date[], ?::varchar[], ?::bigint[], ?::varchar[],
                                     ?::varchar[], ?::varchar[], ?::varchar[], ?::date[])
            ), created as (
                insert into notification (kind, subject_key, due_date, stage, recipient_id, recipient_role, subject, link,
                                          severity, fire_date, created_at, sweep_id)
                select kind, subject_key, due_date, stage, recipient_id, recipient_role, subject, link, severity, fire_date, ?::timestamptz, ?::bigint
                from input
                on conflict on constraint notification_identity do nothing
                returning id, recipient_id
            )
            insert into notification_delivery (notification_id, recipient_id, digest, status, next_attempt_at)
            select c.id, c.recipient_id, coalesce(p.daily_digest, false), 'PENDING',
                   case when coalesce(p.daily_digest, false) then null else ?::timestamptz end
            from created c left join notification_preference p on p.user_id = c.recipient_id
            """;

    /**
     * Every chunk is written in the order of the identity index, so that two nodes writing the
     * same notifications at once wait for each other instead of deadlocking, and the index is
     * filled page by page.
     */
    private static final Comparator<Row> IDENTITY_ORDER = Comparator.comparingLong(Row::recipientId)
            .thenComparing(Row::kind)
            .thenComparing(Row::subjectKey)
            .thenComparing(Row::dueDate)
            .thenComparing(Row::stage);

    private static final int MAX_ATTEMPTS = 3;
    private static final SQLExceptionTranslator TRANSLATOR = new SQLStateSQLExceptionTranslator();

    private final DataSource dataSource;
    private final ReminderProperties properties;

    NotificationWriter(DataSource dataSource, ReminderProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    /** One candidate notification, already bound to its recipient. */
    record Row(String kind, String subjectKey, LocalDate dueDate, String stage, long recipientId, RecipientRole role,
               String subject, String link, Severity severity, LocalDate fireDate) {
    }

    Batch open(long sweepId, Clock clock, SweepCounts counts) {
        return new Batch(dataSource, sweepId, clock, counts, properties.chunkSize(), properties.writers());
    }

    /**
     * Collects rows and hands each full chunk to one of a few writers, each with a connection of
     * its own (auto-commit), so that PostgreSQL inserts chunks in parallel while the sources are
     * still being read. At most two chunks per writer wait, so memory stays flat.
     */
    static final class Batch implements AutoCloseable {

        private final DataSource dataSource;
        private final long sweepId;
        private final Clock clock;
        private final SweepCounts counts;
        private final int chunkSize;
        private final int queueLimit;
        private final ExecutorService pool;
        private final Semaphore queued;
        private final BlockingQueue<ChunkWriter> idle;
        private final List<ChunkWriter> all = new ArrayList<>();
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private List<Row> rows;

        private Batch(DataSource dataSource, long sweepId, Clock clock, SweepCounts counts, int chunkSize, int writers) {
            this.dataSource = dataSource;
            this.sweepId = sweepId;
            this.clock = clock;
            this.counts = counts;
            this.chunkSize = chunkSize;
            this.queueLimit = writers * 2;
            this.pool = Executors.newFixedThreadPool(writers, Thread.ofPlatform().name("reminder-writer-", 1).factory());
            this.queued = new Semaphore(queueLimit);
            this.idle = new ArrayBlockingQueue<>(writers);
            for (int i = 0; i < writers; i++) {
                ChunkWriter writer = new ChunkWriter();
                all.add(writer);
                idle.add(writer);
            }
            this.rows = new ArrayList<>(chunkSize);
        }

        void add(Row row) {
            rows.add(row);
            if (rows.size() >= chunkSize) {
                submit();
            }
        }

        /** Writes what is left and waits for every writer; rethrows a writer's failure. */
        void flush() {
            if (!rows.isEmpty()) {
                submit();
            }
            queued.acquireUninterruptibly(queueLimit);
            queued.release(queueLimit);
            rethrowFailure();
        }

        private void submit() {
            rethrowFailure();
            List<Row> chunk = rows;
            rows = new ArrayList<>(chunkSize);
            queued.acquireUninterruptibly();
            pool.execute(() -> {
                try {
                    ChunkWriter writer = idle.take();
                    try {
                        counts.created(writer.write(chunk));
                        counts.candidates(chunk.size());
                    } finally {
                        idle.add(writer);
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure.compareAndSet(null, new IllegalStateException("Notification writer interrupted", e));
                } finally {
                    queued.release();
                }
            });
        }

        private void rethrowFailure() {
            RuntimeException failed = failure.get();
            if (failed != null) {
                throw failed;
            }
        }

        /** Lets chunks already handed over finish (they commit on their own), then closes the connections. */
        @Override
        public void close() {
            pool.shutdown();
            try {
                pool.awaitTermination(10, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            all.forEach(ChunkWriter::close);
        }

        /** One connection and its prepared statement. */
        private final class ChunkWriter {

            private Connection connection;
            private PreparedStatement insert;

            int write(List<Row> chunk) {
                chunk.sort(IDENTITY_ORDER);
                try {
                    if (connection == null) {
                        connection = dataSource.getConnection();
                        connection.setAutoCommit(true);
                        insert = connection.prepareStatement(INSERT);
                    }
                    return execute(chunk);
                } catch (SQLException e) {
                    throw TRANSLATOR.translate("write notifications", INSERT, e);
                }
            }

            private int execute(List<Row> chunk) throws SQLException {
                int size = chunk.size();
                String[] kinds = new String[size];
                String[] subjectKeys = new String[size];
                String[] dueDates = new String[size];
                String[] stages = new String[size];
                Long[] recipients = new Long[size];
                String[] roles = new String[size];
                String[] subjects = new String[size];
                String[] links = new String[size];
                String[] severities = new String[size];
                String[] fireDates = new String[size];
                for (int i = 0; i < size; i++) {
                    Row row = chunk.get(i);
                    kinds[i] = row.kind();
                    subjectKeys[i] = row.subjectKey();
                    dueDates[i] = row.dueDate().toString();
                    stages[i] = row.stage();
                    recipients[i] = row.recipientId();
                    roles[i] = row.role().name();
                    subjects[i] = row.subject();
                    links[i] = row.link();
                    severities[i] = row.severity().name();
                    fireDates[i] = row.fireDate().toString();
                }
                List<Array> arrays = List.of(
                        connection.createArrayOf("varchar", kinds), connection.createArrayOf("varchar", subjectKeys),
                        connection.createArrayOf("date", dueDates), connection.createArrayOf("varchar", stages),
                        connection.createArrayOf("int8", recipients), connection.createArrayOf("varchar", roles),
                        connection.createArrayOf("varchar", subjects), connection.createArrayOf("varchar", links),
                        connection.createArrayOf("varchar", severities), connection.createArrayOf("date", fireDates));
                for (int i = 0; i < arrays.size(); i++) {
                    insert.setArray(i + 1, arrays.get(i));
                }
                OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
                insert.setObject(11, now);
                insert.setLong(12, sweepId);
                insert.setObject(13, now);
                for (int attempt = 1; ; attempt++) {
                    try {
                        return insert.executeUpdate();
                    } catch (SQLException e) {
                        // A deadlock or serialisation failure rolled the statement back whole: try again.
                        boolean transientFailure = "40P01".equals(e.getSQLState()) || "40001".equals(e.getSQLState());
                        if (!transientFailure || attempt == MAX_ATTEMPTS) {
                            throw e;
                        }
                    }
                }
            }

            void close() {
                try {
                    if (connection != null) {
                        insert.close();
                        connection.close();
                    }
                } catch (SQLException e) {
                    throw TRANSLATOR.translate("close notification writer", INSERT, e);
                }
            }
        }
    }
}
