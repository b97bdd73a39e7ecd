package dev.diffkernel.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.diffkernel.kernel.wire.Message;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The cells run in this kernel session, for {@code history_request} (tail, range and search), kept
 * in memory: a restarted kernel starts a new session. Thread-safe.
 */
final class SessionHistory {
    /** One session per kernel process; clients only compare it for equality. */
    private static final int SESSION = 1;

    private record Entry(int line, String input, String output) {}

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(int line, String input, String output) {
        entries.add(new Entry(line, input, output));
    }

    synchronized JsonObject reply(Message request) {
        boolean output = request.bool("output", false);
        List<Entry> selected = switch (request.string("hist_access_type", "tail")) {
            case "range" -> range(request.integer("start", 0), request.integer("stop", Integer.MAX_VALUE));
            case "search" -> search(request.string("pattern", "*"), request.integer("n", Integer.MAX_VALUE),
                    request.bool("unique", false));
            default -> tail(request.integer("n", 10));
        };
        JsonArray history = new JsonArray();
        for (Entry entry : selected) {
            JsonArray row = new JsonArray();
            row.add(SESSION);
            row.add(entry.line());
            if (output) {
                JsonArray pair = new JsonArray();
                pair.add(entry.input());
                pair.add(entry.output());
                row.add(pair);
            } else {
                row.add(entry.input());
            }
            history.add(row);
        }
        JsonObject content = new JsonObject();
        content.addProperty("status", "ok");
        content.add("history", history);
        return content;
    }

    private List<Entry> tail(int n) {
        return entries.subList(Math.max(0, entries.size() - Math.max(0, n)), entries.size());
    }

    private List<Entry> range(int start, int stop) {
        return entries.stream().filter(e -> e.line() >= start && e.line() < stop).toList();
    }

    /** IPython's glob search: {@code *} and {@code ?} wildcards, newest matches last. */
    private List<Entry> search(String glob, int n, boolean unique) {
        Pattern pattern = Pattern.compile(globToRegex(glob), Pattern.DOTALL);
        Map<String, Entry> found = new LinkedHashMap<>();
        List<Entry> all = new ArrayList<>();
        for (Entry entry : entries) {
            if (pattern.matcher(entry.input()).matches()) {
                if (unique) {
                    found.remove(entry.input());
                    found.put(entry.input(), entry);
                } else {
                    all.add(entry);
                }
            }
        }
        List<Entry> matches = unique ? new ArrayList<>(found.values()) : all;
        return matches.subList(Math.max(0, matches.size() - Math.max(0, n)), matches.size());
    }

    private static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
