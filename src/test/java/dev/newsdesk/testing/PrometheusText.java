package dev.newsdesk.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict parser of the Prometheus text exposition format 0.0.4, for tests: every line must be a comment, a
 * {@code # HELP}, a {@code # TYPE} (once per family, before its samples, with a known type) or a sample with a
 * valid name, well-formed and unique label pairs, a number (or NaN, +Inf, -Inf) and an optional integer timestamp.
 * Histograms must have ascending cumulative buckets ending in {@code le="+Inf"} equal to their {@code _count}.
 * Anything else throws {@link IllegalArgumentException} naming the line.
 */
public final class PrometheusText {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") (.*)");
    private static final Set<String> SUFFIXES = Set.of("_bucket", "_sum", "_count", "_total", "_created", "_max");

    /** One sample: metric name, labels (sorted by name) and value. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples;
    private final Map<String, String> types;

    private PrometheusText(List<Sample> samples, Map<String, String> types) {
        this.samples = List.copyOf(samples);
        this.types = Map.copyOf(types);
    }

    public static PrometheusText parse(String text) {
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new IllegalArgumentException("the exposition does not end with a line feed");
        }
        List<Sample> samples = new ArrayList<>();
        Map<String, String> types = new LinkedHashMap<>();
        Set<String> seenSeries = new java.util.HashSet<>();
        Set<String> familiesWithSamples = new java.util.HashSet<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            String where = "line " + (i + 1) + " '" + line + "'";
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                Matcher t = TYPE.matcher(line);
                if (t.matches()) {
                    if (types.put(t.group(1), t.group(2)) != null) {
                        throw new IllegalArgumentException(where + ": second TYPE for " + t.group(1));
                    }
                    if (familiesWithSamples.contains(t.group(1))) {
                        throw new IllegalArgumentException(where + ": TYPE after samples of " + t.group(1));
                    }
                } else if (line.startsWith("# TYPE") || line.startsWith("# HELP") && !HELP.matcher(line).matches()) {
                    throw new IllegalArgumentException(where + ": malformed");
                }
                continue;
            }
            Sample s = sample(line, where);
            String family = family(s.name(), types);
            if (family == null) {
                throw new IllegalArgumentException(where + ": no TYPE declared for " + s.name());
            }
            familiesWithSamples.add(family);
            if (!seenSeries.add(s.name() + s.labels())) {
                throw new IllegalArgumentException(where + ": duplicate series");
            }
            samples.add(s);
        }
        PrometheusText parsed = new PrometheusText(samples, types);
        parsed.checkHistograms();
        return parsed;
    }

    private static String family(String name, Map<String, String> types) {
        if (types.containsKey(name)) {
            return name;
        }
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && types.containsKey(name.substring(0, name.length() - suffix.length()))) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }

    private static Sample sample(String line, String where) {
        Matcher m = NAME.matcher(line);
        if (!m.lookingAt()) {
            throw new IllegalArgumentException(where + ": no metric name");
        }
        String name = m.group();
        int i = m.end();
        Map<String, String> labels = new TreeMap<>();
        if (i < line.length() && line.charAt(i) == '{') {
            i++;
            while (line.charAt(i) != '}') {
                Matcher ln = LABEL_NAME.matcher(line).region(i, line.length());
                if (!ln.lookingAt()) {
                    throw new IllegalArgumentException(where + ": bad label name at " + i);
                }
                i = ln.end();
                if (!line.startsWith("=\"", i)) {
                    throw new IllegalArgumentException(where + ": expected =\" at " + i);
                }
                i += 2;
                StringBuilder v = new StringBuilder();
                while (line.charAt(i) != '"') {
                    char c = line.charAt(i++);
                    if (c == '\\') {
                        char e = line.charAt(i++);
                        switch (e) {
                            case '\\' -> v.append('\\');
                            case '"' -> v.append('"');
                            case 'n' -> v.append('\n');
                            default -> throw new IllegalArgumentException(where + ": bad escape \\" + e);
                        }
                    } else {
                        v.append(c);
                    }
                }
                i++;
                if (labels.put(ln.group(), v.toString()) != null) {
                    throw new IllegalArgumentException(where + ": label " + ln.group() + " twice");
                }
                if (line.charAt(i) == ',') {
                    i++;
                } else if (line.charAt(i) != '}') {
                    throw new IllegalArgumentException(where + ": expected , or } at " + i);
                }
            }
            i++;
        }
        if (i >= line.length() || line.charAt(i) != ' ') {
            throw new IllegalArgumentException(where + ": expected a space before the value");
        }
        String[] rest = line.substring(i + 1).split(" ", -1);
        if (rest.length > 2) {
            throw new IllegalArgumentException(where + ": too many fields");
        }
        double value = number(rest[0], where);
        if (rest.length == 2) {
            try {
                Long.parseLong(rest[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ": bad timestamp");
            }
        }
        return new Sample(name, labels, value);
    }

    private static double number(String s, String where) {
        switch (s) {
            case "NaN":
                return Double.NaN;
            case "+Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                if (!s.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
                    throw new IllegalArgumentException(where + ": bad value '" + s + "'");
                }
                return Double.parseDouble(s);
        }
    }

    private void checkHistograms() {
        for (Map.Entry<String, String> t : types.entrySet()) {
            if (!t.getValue().equals("histogram")) {
                continue;
            }
            Map<Map<String, String>, List<Sample>> buckets = new HashMap<>();
            for (Sample s : samples) {
                if (s.name().equals(t.getKey() + "_bucket")) {
                    Map<String, String> series = new TreeMap<>(s.labels());
                    series.remove("le");
                    buckets.computeIfAbsent(series, k -> new ArrayList<>()).add(s);
                }
            }
            for (Map.Entry<Map<String, String>, List<Sample>> b : buckets.entrySet()) {
                double prevLe = Double.NEGATIVE_INFINITY;
                double prevCount = 0;
                for (Sample s : b.getValue()) {
                    double le = number(s.labels().get("le"), t.getKey() + " le");
                    if (le <= prevLe || s.value() < prevCount) {
                        throw new IllegalArgumentException(t.getKey() + b.getKey() + ": buckets not ascending");
                    }
                    prevLe = le;
                    prevCount = s.value();
                }
                if (prevLe != Double.POSITIVE_INFINITY) {
                    throw new IllegalArgumentException(t.getKey() + b.getKey() + ": no le=\"+Inf\" bucket");
                }
                double count = value(t.getKey() + "_count", b.getKey()).orElseThrow(
                        () -> new IllegalArgumentException(t.getKey() + b.getKey() + ": no _count"));
                if (count != prevCount) {
                    throw new IllegalArgumentException(t.getKey() + b.getKey() + ": +Inf bucket != _count");
                }
            }
        }
    }

    /** The declared type of a family, if any. */
    public Optional<String> type(String family) {
        return Optional.ofNullable(types.get(family));
    }

    public List<Sample> samples() {
        return samples;
    }

    /** The value of the series with exactly these labels. */
    public Optional<Double> value(String name, Map<String, String> labels) {
        return samples.stream().filter(s -> s.name().equals(name) && s.labels().equals(new TreeMap<>(labels)))
                .map(Sample::value).findFirst();
    }

    /** The value of the series, or 0 when it is not there yet (a counter not yet incremented). */
    public double valueOrZero(String name, Map<String, String> labels) {
        return value(name, labels).orElse(0.0);
    }

    /** The sum over every series of this name that carries all of {@code labels} (and maybe more). */
    public double sum(String name, Map<String, String> labels) {
        return samples.stream().filter(s -> s.name().equals(name)
                && s.labels().entrySet().containsAll(labels.entrySet())).mapToDouble(Sample::value).sum();
    }

    /** True when some series of this name carries all of {@code labels} (and maybe more). */
    public boolean has(String name, Map<String, String> labels) {
        return samples.stream().anyMatch(s -> s.name().equals(name)
                && s.labels().entrySet().containsAll(labels.entrySet()));
    }
}
