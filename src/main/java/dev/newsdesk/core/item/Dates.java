package dev.newsdesk.core.item;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Lenient parsing of the date formats feeds use: RFC 822/1123/2822 and their many real-world variants, ISO 8601 /
 * W3CDTF, asctime, and a few oddities seen in the wild (month names in a few European languages, "GMT+0100",
 * trailing "(PST)", US-style "AM/PM").
 *
 * <p>Hand-written scanners instead of {@code DateTimeFormatter}: this runs for every item of every feed, and trying a
 * list of formatters means an exception per miss. Nothing here throws on bad input.
 */
public final class Dates {

    private static final int NO_ZONE = Integer.MIN_VALUE;
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Integer> ZONES = new HashMap<>();

    static {
        String[][] months = {
            {"jan", "ene", "gen", "jän"},
            {"feb", "fev", "fév", "feb"},
            {"mar", "mrz", "mär"},
            {"apr", "abr", "avr"},
            {"may", "mai", "mag"},
            {"jun", "jui", "giu"},
            {"jul", "lug"},
            {"aug", "ago", "aoû", "aou"},
            {"sep", "set"},
            {"oct", "out", "okt", "ott"},
            {"nov"},
            {"dec", "dic", "dez", "déc"},
        };
        for (int m = 0; m < months.length; m++) {
            for (String name : months[m]) {
                MONTHS.put(name, m + 1);
            }
        }
        // French "juin"/"juillet" share a prefix; juillet is resolved in month() below.
        zone(0, "gmt", "ut", "utc", "z", "wet", "uct", "zulu");
        zone(-5 * 60, "est", "cdt");
        zone(-4 * 60, "edt", "ast");
        zone(-6 * 60, "cst", "mdt");
        zone(-7 * 60, "mst", "pdt");
        zone(-8 * 60, "pst", "akdt");
        zone(-9 * 60, "akst", "hdt");
        zone(-10 * 60, "hst");
        zone(-3 * 60, "adt", "brt");
        zone(-150, "ndt");
        zone(-210, "nst");
        zone(60, "cet", "bst", "west", "met", "wat");
        zone(120, "cest", "eet", "mest", "sast", "cat");
        zone(180, "eest", "msk", "eat");
        zone(330, "ist");
        zone(480, "sgt", "hkt", "awst");
        zone(540, "jst", "kst");
        zone(570, "acst");
        zone(600, "aest");
        zone(630, "acdt");
        zone(660, "aedt");
        zone(720, "nzst");
        zone(780, "nzdt");
        // RFC 822 military zones. RFC 2822 notes their signs were often used backwards, but the spec mapping is
        // still what most software writes.
        for (char c = 'a'; c <= 'i'; c++) {
            ZONES.put(String.valueOf(c), (c - 'a' + 1) * 60);
        }
        for (char c = 'k'; c <= 'm'; c++) {
            ZONES.put(String.valueOf(c), (c - 'k' + 10) * 60);
        }
        for (char c = 'n'; c <= 'y'; c++) {
            ZONES.put(String.valueOf(c), -(c - 'n' + 1) * 60);
        }
    }

    private static void zone(int minutes, String... names) {
        for (String n : names) {
            ZONES.put(n, minutes);
        }
    }

    private Dates() {
    }

    /**
     * Parses a date as feeds write it.
     *
     * @param s the text, may be null
     * @return the instant, or null when the text is null, blank or not a date this class understands; a missing
     *         time zone is taken as UTC
     */
    public static Instant parse(String s) {
        if (s == null) {
            return null;
        }
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        if (end - start < 4) {
            return null;
        }
        if (isDigit(s.charAt(start)) && end - start >= 4 && isDigit(s.charAt(start + 1))
                && isDigit(s.charAt(start + 2)) && isDigit(s.charAt(start + 3))) {
            Instant iso = new Iso(s, start, end).parse();
            if (iso != null) {
                return iso;
            }
        }
        return new Loose(s, start, end).parse();
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > 0x7f && Character.isLetter(c));
    }

    /** The instant for the fields, or null when a field is out of range. */
    static Instant toInstant(int year, int month, int day, int hour, int minute, int second, int nanos,
                             int offsetMinutes) {
        if (month < 1 || month > 12 || day < 1 || hour < 0 || hour > 24 || minute < 0 || minute > 59
                || second < 0 || second > 60 || year < 1 || year > 9999) {
            return null;
        }
        int len = LocalDate.of(year, month, 1).lengthOfMonth();
        if (day > len) {
            return null;
        }
        if (second == 60) {
            second = 59; // leap second: keep the date right, lose one second
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        long secs = epochDay * 86400L + hour * 3600L + minute * 60L + second;
        if (offsetMinutes != NO_ZONE) {
            secs -= offsetMinutes * 60L;
        }
        return Instant.ofEpochSecond(secs, nanos);
    }

    /** ISO 8601 / W3CDTF: {@code 2003-12-31T10:14:55.123-08:00}, basic forms, date-only, space separator. */
    private static final class Iso {
        private final String s;
        private final int end;
        private int i;

        Iso(String s, int start, int end) {
            this.s = s;
            this.i = start;
            this.end = end;
        }

        /** Reads exactly n digits, or -1. */
        private int digits(int n) {
            if (i + n > end) {
                return -1;
            }
            int v = 0;
            for (int k = 0; k < n; k++) {
                char c = s.charAt(i + k);
                if (!isDigit(c)) {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            i += n;
            return v;
        }

        /** Reads 1 or 2 digits, or -1. */
        private int oneOrTwo() {
            if (i < end && isDigit(s.charAt(i))) {
                int v = s.charAt(i++) - '0';
                if (i < end && isDigit(s.charAt(i))) {
                    v = v * 10 + (s.charAt(i++) - '0');
                }
                return v;
            }
            return -1;
        }

        private boolean at(char c) {
            if (i < end && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        Instant parse() {
            int year = digits(4);
            int month = 1;
            int day = 1;
            boolean extended = false;
            if (i == end) {
                return toInstant(year, 1, 1, 0, 0, 0, 0, 0);
            }
            char sep = s.charAt(i);
            if (sep == '-' || sep == '/' || sep == '.') {
                extended = true;
                i++;
                month = oneOrTwo();
                if (month < 0) {
                    return null;
                }
                if (at(sep)) {
                    day = oneOrTwo();
                    if (day < 0) {
                        return null;
                    }
                }
            } else if (isDigit(sep)) {
                month = digits(2);
                day = digits(2);
                if (month < 0 || day < 0) {
                    return null;
                }
            } else if (sep != 'T' && sep != 't' && !isSpace(sep)) {
                return null;
            }
            int hour = 0;
            int minute = 0;
            int second = 0;
            int nanos = 0;
            int offset = 0;
            if (i < end) {
                char c = s.charAt(i);
                if (c == 'T' || c == 't' || isSpace(c)) {
                    while (i < end && (isSpace(s.charAt(i)) || s.charAt(i) == 'T' || s.charAt(i) == 't')) {
                        i++;
                    }
                    if (i == end) {
                        return toInstant(year, month, day, 0, 0, 0, 0, 0);
                    }
                    if (!isDigit(s.charAt(i))) {
                        return zoneOnly(year, month, day);
                    }
                    hour = oneOrTwo();
                    boolean colon = at(':');
                    if (!colon && !extended && i + 2 <= end && isDigit(s.charAt(i))) {
                        minute = digits(2);
                    } else if (colon) {
                        minute = oneOrTwo();
                    } else {
                        return null;
                    }
                    if (minute < 0) {
                        return null;
                    }
                    if (at(':')) {
                        second = oneOrTwo();
                        if (second < 0) {
                            return null;
                        }
                    } else if (!colon && i + 2 <= end && isDigit(s.charAt(i))) {
                        second = digits(2);
                    }
                    if (i < end && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                        i++;
                        int scale = 100_000_000;
                        while (i < end && isDigit(s.charAt(i))) {
                            nanos += (s.charAt(i++) - '0') * scale;
                            scale /= 10;
                        }
                    }
                    while (i < end && isSpace(s.charAt(i))) {
                        i++;
                    }
                    if (i < end) {
                        offset = zone();
                        if (offset == NO_ZONE) {
                            return null;
                        }
                        if (hour < 12 && (s.regionMatches(true, i, "pm", 0, 2))) {
                            hour += 12;
                        }
                    }
                } else if (c == 'Z' || c == '+' || c == '-') {
                    offset = zone();
                    if (offset == NO_ZONE) {
                        return null;
                    }
                } else {
                    return null;
                }
            }
            if (hour == 24 && (minute > 0 || second > 0)) {
                return null;
            }
            return toInstant(year, month, day, hour, minute, second, nanos, offset);
        }

        private Instant zoneOnly(int year, int month, int day) {
            int offset = zone();
            return offset == NO_ZONE ? null : toInstant(year, month, day, 0, 0, 0, 0, offset);
        }

        /** Reads Z, ±hh, ±hhmm, ±hh:mm or a zone name; NO_ZONE when none matches. */
        private int zone() {
            char c = s.charAt(i);
            if (c == '+' || c == '-') {
                i++;
                int h = oneOrTwo();
                if (h < 0) {
                    return NO_ZONE;
                }
                int m = 0;
                if (at(':')) {
                    m = oneOrTwo();
                } else if (i + 2 <= end && isDigit(s.charAt(i))) {
                    m = digits(2);
                }
                if (m < 0 || h > 18) {
                    return NO_ZONE;
                }
                int v = h * 60 + m;
                return c == '-' ? -v : v;
            }
            int j = i;
            while (j < end && isLetter(s.charAt(j))) {
                j++;
            }
            Integer z = ZONES.get(s.substring(i, j).toLowerCase(Locale.ROOT));
            if (z == null && j > i && (s.regionMatches(true, i, "am", 0, 2) || s.regionMatches(true, i, "pm", 0, 2))) {
                return 0;
            }
            return z == null ? NO_ZONE : z;
        }
    }

    /**
     * Token-based reading of RFC 822 and its relatives: weekday, day and month in either order, 2- or 4-digit year,
     * hh:mm[:ss], a zone name or numeric offset, anything unknown ignored (e.g. a trailing "(PST)").
     */
    private static final class Loose {
        private final String s;
        private final int end;
        private int i;
        private int year = -1;
        private int month = -1;
        private int day = -1;
        private int hour = -1;
        private int minute;
        private int second;
        private int nanos;
        private int offset = NO_ZONE;
        private boolean pm;
        private boolean am;

        Loose(String s, int start, int end) {
            this.s = s;
            this.i = start;
            this.end = end;
        }

        Instant parse() {
            while (i < end) {
                char c = s.charAt(i);
                if (isDigit(c)) {
                    number();
                } else if (isLetter(c)) {
                    word();
                } else if ((c == '+' || c == '-') && hour >= 0 && i + 1 < end && isDigit(s.charAt(i + 1))) {
                    i++;
                    int start = i;
                    int v = 0;
                    while (i < end && isDigit(s.charAt(i))) {
                        v = v * 10 + (s.charAt(i++) - '0');
                    }
                    int n = i - start;
                    int minutes;
                    if (i < end && s.charAt(i) == ':' && n <= 2) {
                        i++;
                        int m = 0;
                        while (i < end && isDigit(s.charAt(i))) {
                            m = m * 10 + (s.charAt(i++) - '0');
                        }
                        minutes = v * 60 + m;
                    } else if (n <= 2) {
                        minutes = v * 60;
                    } else if (n <= 4) {
                        minutes = (v / 100) * 60 + v % 100;
                    } else {
                        continue;
                    }
                    // a numeric offset beats a name ("GMT+0100" means +01:00)
                    offset = c == '-' ? -minutes : minutes;
                } else {
                    i++;
                }
            }
            if (year < 0 || month < 0 || day < 0) {
                return null;
            }
            if (year < 100) {
                year += year < 50 ? 2000 : 1900;
            }
            if (hour < 0) {
                hour = 0;
            } else if (pm && hour < 12) {
                hour += 12;
            } else if (am && hour == 12) {
                hour = 0;
            }
            return toInstant(year, month, day, hour, minute, second, nanos, offset == NO_ZONE ? 0 : offset);
        }

        private void number() {
            int start = i;
            int v = 0;
            while (i < end && isDigit(s.charAt(i))) {
                v = v * 10 + (s.charAt(i++) - '0');
            }
            int n = i - start;
            if (i < end && s.charAt(i) == ':' && hour < 0 && n <= 2) {
                hour = v;
                i++;
                minute = readInt();
                if (i < end && s.charAt(i) == ':') {
                    i++;
                    second = readInt();
                    if (i < end && (s.charAt(i) == '.' || s.charAt(i) == ',') && i + 1 < end
                            && isDigit(s.charAt(i + 1))) {
                        i++;
                        int scale = 100_000_000;
                        while (i < end && isDigit(s.charAt(i))) {
                            nanos += (s.charAt(i++) - '0') * scale;
                            scale /= 10;
                        }
                    }
                }
                return;
            }
            if (n == 4 && year < 0) {
                year = v;
            } else if (n <= 2 && day < 0 && v >= 1 && v <= 31) {
                day = v;
                // ordinal suffixes: "1st", "2nd", "23rd"
                if (i + 1 < end && isLetter(s.charAt(i)) && isLetter(s.charAt(i + 1))) {
                    String suf = s.substring(i, i + 2).toLowerCase(Locale.ROOT);
                    if (suf.equals("st") || suf.equals("nd") || suf.equals("rd") || suf.equals("th")) {
                        i += 2;
                    }
                }
            } else if (n <= 2 && year < 0 && month > 0 && day > 0) {
                year = v;
            } else if (n <= 2 && year < 0 && day > 0) {
                year = v;
            }
        }

        private int readInt() {
            int v = 0;
            int start = i;
            while (i < end && isDigit(s.charAt(i))) {
                v = v * 10 + (s.charAt(i++) - '0');
            }
            return i == start ? 0 : v;
        }

        private void word() {
            int start = i;
            while (i < end && isLetter(s.charAt(i))) {
                i++;
            }
            String w = s.substring(start, i).toLowerCase(Locale.ROOT);
            if (month < 0 && w.length() >= 3) {
                Integer m = month(w);
                if (m != null) {
                    month = m;
                    return;
                }
            }
            if (w.equals("am")) {
                am = true;
            } else if (w.equals("pm")) {
                pm = true;
            } else if (offset == NO_ZONE && (hour >= 0 || w.length() > 1)) {
                Integer z = ZONES.get(w);
                if (z != null) {
                    offset = z;
                }
            }
        }

        private static Integer month(String w) {
            if (w.startsWith("juil")) {
                return 7;
            }
            Integer m = MONTHS.get(w.substring(0, 3));
            if (m == null) {
                return null;
            }
            // "mar" must not eat "mardi" etc.; accept names, abbreviations and known prefixes only
            return w.length() <= 9 ? m : null;
        }
    }
}
