package dev.newsdesk.core.story;

/**
 * MinHash signatures cut into LSH bands: two word sets with Jaccard similarity s share at least one band key with
 * probability 1 - (1 - s^ROWS)^BANDS (2 rows, 32 bands: 0.87 at s = 0.25, 0.99 at s = 0.4, 0.28 at s = 0.1), so
 * similar items meet in a bucket without comparing all pairs; the meetings are then checked by {@link Similarity}.
 */
final class MinHasher {
    static final int BANDS = 32;
    static final int ROWS = 2;
    private static final int HASHES = BANDS * ROWS;
    private static final int[] SEEDS = new int[HASHES];

    static {
        long x = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < HASHES; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            SEEDS[i] = (int) x | 1;
        }
    }

    private MinHasher() {
    }

    /**
     * The band keys of a word set (hashes as in {@link TextFeatures}); heavy words (numbers, names) count twice, as
     * in a weighted MinHash, so sharing them makes meeting likelier. Empty when the set is empty.
     */
    static long[] bandKeys(int[] terms, float[] weights) {
        if (terms.length == 0) {
            return new long[0];
        }
        int[] min = new int[HASHES];
        java.util.Arrays.fill(min, Integer.MAX_VALUE);
        for (int t = 0; t < terms.length; t++) {
            offer(min, terms[t]);
            if (weights[t] > TextFeatures.WORD_WEIGHT) {
                offer(min, terms[t] ^ 0x5bd1e995);
            }
        }
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long k = b;
            for (int r = 0; r < ROWS; r++) {
                k = k * 0x9E3779B97F4A7C15L + min[b * ROWS + r];
            }
            keys[b] = mix(k);
        }
        return keys;
    }

    private static void offer(int[] min, int term) {
        for (int i = 0; i < HASHES; i++) {
            int h = term * SEEDS[i];
            h ^= h >>> 15;
            h *= 0x2C1B3C6D;
            h ^= h >>> 12;
            if (h < min[i]) {
                min[i] = h;
            }
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
