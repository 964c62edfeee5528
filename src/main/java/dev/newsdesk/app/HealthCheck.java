package dev.newsdesk.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Whether this instance can do its job: the store answers, the poller runs, and each chat platform is connected. */
public final class HealthCheck {
    private final Runnable storeProbe;
    private final BooleanSupplier pollerAlive;
    private final List<Map.Entry<String, Probe>> more;

    /** One more part to check. */
    @FunctionalInterface
    public interface Probe {
        /** Null when the part is fine, else what is wrong in a few words (no secrets). */
        String problem();
    }

    /**
     * @param storeProbe a cheap round trip to the store that throws when it cannot be reached (health checks come
     *                   every few seconds: counting a large table each time would be work for nothing)
     */
    public HealthCheck(Runnable storeProbe, BooleanSupplier pollerAlive) {
        this(storeProbe, pollerAlive, List.of());
    }

    private HealthCheck(Runnable storeProbe, BooleanSupplier pollerAlive, List<Map.Entry<String, Probe>> more) {
        this.storeProbe = storeProbe;
        this.pollerAlive = pollerAlive;
        this.more = List.copyOf(more);
    }

    /** This check plus {@code name} (e.g. {@code telegram}), reported after the store and the poller. */
    public HealthCheck with(String name, Probe probe) {
        List<Map.Entry<String, Probe>> all = new ArrayList<>(more);
        all.add(Map.entry(name, probe));
        return new HealthCheck(storeProbe, pollerAlive, all);
    }

    /** The result: {@code healthy} when every check passed; {@code checks} says "ok" or what is wrong, per part. */
    public record Health(boolean healthy, Map<String, String> checks) {
        public Health {
            checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks));
        }
    }

    public Health check() {
        Map<String, String> checks = new LinkedHashMap<>();
        boolean ok = true;
        try {
            storeProbe.run();
            checks.put("store", "ok");
        } catch (RuntimeException e) {
            checks.put("store", "unreachable: " + e.getMessage());
            ok = false;
        }
        if (pollerAlive.getAsBoolean()) {
            checks.put("poller", "ok");
        } else {
            checks.put("poller", "stopped");
            ok = false;
        }
        for (Map.Entry<String, Probe> p : more) {
            String problem;
            try {
                problem = p.getValue().problem();
            } catch (RuntimeException e) {
                problem = "check failed: " + e.getMessage();
            }
            checks.put(p.getKey(), problem == null ? "ok" : problem);
            ok &= problem == null;
        }
        return new Health(ok, checks);
    }
}
