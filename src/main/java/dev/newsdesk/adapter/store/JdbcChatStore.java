package dev.newsdesk.adapter.store;

import dev.newsdesk.app.chat.ChatStore;
import dev.newsdesk.core.chat.ChatInfo;
import dev.newsdesk.core.chat.ChatRef;
import dev.newsdesk.core.chat.ChatType;
import dev.newsdesk.core.chat.Schedule;
import dev.newsdesk.core.chat.ScheduleSpec;
import dev.newsdesk.core.chat.Subscription;
import dev.newsdesk.core.chat.WatchTerm;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;

/** Chats and their settings in {@code chats}, {@code watch_terms}, {@code subscriptions} and {@code schedules}. */
public final class JdbcChatStore implements ChatStore {
    private static final String[] SETTINGS_TABLES = {"watch_terms", "subscriptions", "schedules"};
    private final Jdbc jdbc;

    public JdbcChatStore(Database db) {
        this.jdbc = db.jdbc();
    }

    @Override
    public ChatInfo upsert(ChatInfo chat, Instant now) {
        return jdbc.inTransaction(c -> {
            Optional<ChatInfo> old = find(c, chat.ref());
            if (old.isEmpty()) {
                Jdbc.update(c, "INSERT INTO chats (platform, chat_id, title, type, zone, active, created_at, "
                                + "updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT DO NOTHING",
                        chat.ref().platform(), chat.ref().chatId(), clip(chat.title(), 256), chat.type().name(),
                        chat.zone().getId(), now, now);
                return find(c, chat.ref()).orElse(chat);
            }
            ChatInfo o = old.get();
            // someone writes from the chat, so the bot may write there again
            if (!o.title().equals(chat.title()) || o.type() != chat.type() || !o.active()) {
                Jdbc.update(c, "UPDATE chats SET title = ?, type = ?, active = 1, updated_at = ? WHERE platform = ? "
                        + "AND chat_id = ?", clip(chat.title(), 256), chat.type().name(), now,
                        chat.ref().platform(), chat.ref().chatId());
                return new ChatInfo(o.ref(), chat.title(), chat.type(), o.zone(), true);
            }
            return o;
        });
    }

    @Override
    public Optional<ChatInfo> find(ChatRef chat) {
        return jdbc.queryOne("SELECT platform, chat_id, title, type, zone, active FROM chats WHERE platform = ? AND "
                + "chat_id = ?", JdbcChatStore::chat, chat.platform(), chat.chatId());
    }

    private static Optional<ChatInfo> find(Connection c, ChatRef chat) throws SQLException {
        List<ChatInfo> rows = Jdbc.query(c, "SELECT platform, chat_id, title, type, zone, active FROM chats WHERE "
                + "platform = ? AND chat_id = ?", JdbcChatStore::chat, chat.platform(), chat.chatId());
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static ChatInfo chat(ResultSet rs) throws SQLException {
        return new ChatInfo(new ChatRef(rs.getString(1), rs.getString(2)), rs.getString(3),
                ChatType.valueOf(rs.getString(4)), ZoneId.of(rs.getString(5)), rs.getInt(6) == 1);
    }

    @Override
    public void setActive(ChatRef chat, boolean active) {
        jdbc.update("UPDATE chats SET active = ? WHERE platform = ? AND chat_id = ?", active, chat.platform(),
                chat.chatId());
    }

    @Override
    public void migrate(ChatRef from, ChatRef to) {
        jdbc.inTransaction(c -> {
            if (find(c, to).isEmpty()) {
                Jdbc.update(c, "UPDATE chats SET chat_id = ?, type = ? WHERE platform = ? AND chat_id = ?",
                        to.chatId(), ChatType.GROUP.name(), from.platform(), from.chatId());
            } else {
                Jdbc.update(c, "DELETE FROM chats WHERE platform = ? AND chat_id = ?", from.platform(), from.chatId());
            }
            for (String t : SETTINGS_TABLES) {
                // settings the new chat has already win; the rest move over
                Jdbc.update(c, "UPDATE " + t + " SET chat_id = ? WHERE platform = ? AND chat_id = ? AND NOT EXISTS "
                                + "(SELECT 1 FROM " + t + " n WHERE n.platform = " + t + ".platform AND n.chat_id = ? "
                                + "AND n." + (t.equals("watch_terms") ? "term_key" : "id") + " = " + t + "."
                                + (t.equals("watch_terms") ? "term_key" : "id") + ")",
                        to.chatId(), from.platform(), from.chatId(), to.chatId());
                Jdbc.update(c, "DELETE FROM " + t + " WHERE platform = ? AND chat_id = ?", from.platform(),
                        from.chatId());
            }
            return null;
        });
    }

    @Override
    public boolean addWatch(WatchTerm t) {
        return jdbc.update("INSERT INTO watch_terms (platform, chat_id, term, term_key, added_by, added_at) VALUES "
                        + "(?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", t.chat().platform(), t.chat().chatId(),
                t.term(), t.term().toLowerCase(Locale.ROOT), t.addedBy(), t.addedAt()) == 1;
    }

    @Override
    public boolean removeWatch(ChatRef chat, String term) {
        return jdbc.update("DELETE FROM watch_terms WHERE platform = ? AND chat_id = ? AND term_key = ?",
                chat.platform(), chat.chatId(), term.toLowerCase(Locale.ROOT)) > 0;
    }

    @Override
    public List<WatchTerm> watchTerms(ChatRef chat) {
        return jdbc.query("SELECT term, added_by, added_at FROM watch_terms WHERE platform = ? AND chat_id = ? "
                        + "ORDER BY added_at, term_key", rs -> new WatchTerm(chat, rs.getString(1), rs.getString(2),
                        Instant.ofEpochMilli(rs.getLong(3))), chat.platform(), chat.chatId());
    }

    @Override
    public Subscription addSubscription(ChatRef chat, String query, String addedBy, Instant now) {
        return jdbc.inTransaction(c -> {
            long id = nextId(c, "subscriptions", chat);
            Jdbc.update(c, "INSERT INTO subscriptions (platform, chat_id, id, query, added_by, added_at) VALUES "
                    + "(?, ?, ?, ?, ?, ?)", chat.platform(), chat.chatId(), id, query, addedBy, now);
            return new Subscription(chat, id, query, addedBy, now);
        });
    }

    private static long nextId(Connection c, String table, ChatRef chat) throws SQLException {
        return Jdbc.query(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM " + table + " WHERE platform = ? AND chat_id = ?",
                rs -> rs.getLong(1), chat.platform(), chat.chatId()).get(0);
    }

    @Override
    public boolean removeSubscription(ChatRef chat, long id) {
        return jdbc.update("DELETE FROM subscriptions WHERE platform = ? AND chat_id = ? AND id = ?",
                chat.platform(), chat.chatId(), id) > 0;
    }

    @Override
    public List<Subscription> subscriptions(ChatRef chat) {
        return jdbc.query("SELECT platform, chat_id, id, query, added_by, added_at FROM subscriptions WHERE "
                + "platform = ? AND chat_id = ? ORDER BY id", JdbcChatStore::subscription, chat.platform(),
                chat.chatId());
    }

    @Override
    public List<Subscription> allSubscriptions() {
        return jdbc.query("SELECT s.platform, s.chat_id, s.id, s.query, s.added_by, s.added_at FROM subscriptions s "
                + "JOIN chats c ON c.platform = s.platform AND c.chat_id = s.chat_id WHERE c.active = 1 "
                + "ORDER BY s.platform, s.chat_id, s.id", JdbcChatStore::subscription);
    }

    private static Subscription subscription(ResultSet rs) throws SQLException {
        return new Subscription(new ChatRef(rs.getString(1), rs.getString(2)), rs.getLong(3), rs.getString(4),
                rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)));
    }

    @Override
    public Schedule addSchedule(ChatRef chat, ScheduleSpec spec, String addedBy, Instant now) {
        return jdbc.inTransaction(c -> {
            long id = nextId(c, "schedules", chat);
            Jdbc.update(c, "INSERT INTO schedules (platform, chat_id, id, spec, zone, topics, added_by, added_at, "
                            + "options) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", chat.platform(), chat.chatId(), id,
                    spec.spec(), spec.zone().getId(), String.join(" ", spec.topics()), addedBy, now,
                    String.join(" ", new java.util.TreeSet<>(spec.options())));
            return new Schedule(chat, id, spec, addedBy, now);
        });
    }

    @Override
    public boolean removeSchedule(ChatRef chat, long id) {
        return jdbc.update("DELETE FROM schedules WHERE platform = ? AND chat_id = ? AND id = ?", chat.platform(),
                chat.chatId(), id) > 0;
    }

    @Override
    public List<Schedule> schedules(ChatRef chat) {
        return jdbc.query("SELECT platform, chat_id, id, spec, zone, topics, added_by, added_at, options FROM "
                + "schedules WHERE platform = ? AND chat_id = ? ORDER BY id", JdbcChatStore::schedule,
                chat.platform(), chat.chatId());
    }

    @Override
    public List<Schedule> allSchedules() {
        return jdbc.query("SELECT s.platform, s.chat_id, s.id, s.spec, s.zone, s.topics, s.added_by, s.added_at, "
                + "s.options FROM schedules s JOIN chats c ON c.platform = s.platform AND c.chat_id = s.chat_id "
                + "WHERE c.active = 1 ORDER BY s.platform, s.chat_id, s.id", JdbcChatStore::schedule);
    }

    private static Schedule schedule(ResultSet rs) throws SQLException {
        return new Schedule(new ChatRef(rs.getString(1), rs.getString(2)), rs.getLong(3), spec(rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(9)), rs.getString(7),
                Instant.ofEpochMilli(rs.getLong(8)));
    }

    /** Reads a stored spec back; stored specs were validated when added. */
    private static ScheduleSpec spec(String spec, String zone, String topics, String options) {
        String[] p = spec.split(" ");
        DayOfWeek day = null;
        String time = p[1];
        if (p[0].equals("weekly")) {
            day = Arrays.stream(DayOfWeek.values()).filter(d -> d.name().toLowerCase(Locale.ROOT).startsWith(p[1]))
                    .findFirst().orElseThrow();
            time = p[2];
        }
        List<String> t = topics.isBlank() ? List.of() : List.of(topics.split(" "));
        Set<String> o = options == null || options.isBlank() ? Set.of() : Set.of(options.split(" "));
        return new ScheduleSpec(day, LocalTime.parse(time), ZoneId.of(zone), t, o);
    }

    @Override
    public void rememberList(ChatRef chat, List<String> itemIds) {
        jdbc.update("UPDATE chats SET last_list = ? WHERE platform = ? AND chat_id = ?", String.join(",", itemIds),
                chat.platform(), chat.chatId());
    }

    @Override
    public List<String> lastList(ChatRef chat) {
        return jdbc.queryOne("SELECT last_list FROM chats WHERE platform = ? AND chat_id = ?", rs -> {
            String s = rs.getString(1);
            return s == null || s.isEmpty() ? List.<String>of() : List.of(s.split(","));
        }, chat.platform(), chat.chatId()).orElse(List.of());
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
