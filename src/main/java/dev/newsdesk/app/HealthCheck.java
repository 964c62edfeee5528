package dev.newsdesk.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Whether this instance can do its job: the store answers and the poller runs. */
public final class HealthCheck {
    private final Runnable storeProbe;
    private final BooleanSupplier pollerAlive;

    /**
     * @param storeProbe a cheap round trip to the store that throws when it cannot be reached (health checks come
     *                   every few seconds: counting a large table each time would be work for nothing)
     */
    public HealthCheck(Runnable storeProbe, BooleanSupplier pollerAlive) {
        this.storeProbe = storeProbe;
        this.pollerAlive = pollerAlive;
    }

    /** The result: {@code healthy} when every check passed; {@code checks} says "ok" or what is wrong, per part. */
    public record Health(boolean healthy, Map<String, String> checks) {
        public Health {
            checks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(checks));
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
        return new Health(ok, checks);
    }
}
