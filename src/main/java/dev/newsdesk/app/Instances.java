package dev.newsdesk.app;

import java.time.Duration;
import java.time.Instant;

/**
 * The instances alive on one store. Limits that belong to the bot, not to a process (a platform's messages per
 * second overall), are split among them: each instance checks in now and then and takes its share. A port: the store
 * adapter keeps the check-ins, and {@link #ALONE} stands for a single process.
 */
public interface Instances {
    /** One process on its own store: always alone. */
    Instances ALONE = new Instances() {
        @Override
        public int checkIn(Lease lease, Instant now, Duration alive) {
            return 1;
        }

        @Override
        public void leave(Lease lease) {
        }
    };

    /**
     * Records {@code lease}'s owner as alive at {@code now}.
     *
     * @param alive how recent a check-in must be for its instance to count as alive
     * @return how many instances are alive, this one included (at least 1)
     */
    int checkIn(Lease lease, Instant now, Duration alive);

    /** This instance stops: the others may take its share at once rather than when its check-in grows old. */
    void leave(Lease lease);
}
