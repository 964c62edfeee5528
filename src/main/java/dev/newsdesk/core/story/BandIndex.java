package dev.newsdesk.core.story;

import java.util.Arrays;

/**
 * LSH buckets of one time slice: band key → the slice's items in that bucket, newest first. An open-addressing
 * table over primitive arrays, because a window holds about a million bucket entries and boxed maps would need
 * several times the memory.
 */
final class BandIndex {
    private static final long EMPTY = 0L;
    private long[] keys = new long[64];
    private int[] heads = new int[64];
    private int used;
    /** Entry e: the item (index in the slice) and the next older entry of its bucket, or -1. */
    private int[] entryItem = new int[64];
    private int[] entryNext = new int[64];
    private int entries;

    void put(long key, int item) {
        long k = key == EMPTY ? 1 : key; // 0 marks a free slot
        if ((used + 1) * 2 > keys.length) {
            grow();
        }
        if (entries == entryItem.length) {
            entryItem = Arrays.copyOf(entryItem, entries * 2);
            entryNext = Arrays.copyOf(entryNext, entries * 2);
        }
        int slot = slot(k);
        int head;
        if (keys[slot] == EMPTY) {
            keys[slot] = k;
            used++;
            head = -1;
        } else {
            head = heads[slot];
        }
        entryItem[entries] = item;
        entryNext[entries] = head;
        heads[slot] = entries++;
    }

    /**
     * Calls {@code visitor} with the items in a bucket, newest first, at most {@code limit} of them (a bucket that
     * every item falls into — the same boilerplate headline all day — must not make each add slower).
     *
     * @return how many items were visited (0 when the bucket is empty or missing)
     */
    int forEach(long key, int limit, java.util.function.IntConsumer visitor) {
        long k = key == EMPTY ? 1 : key;
        int slot = slot(k);
        if (keys[slot] == EMPTY) {
            return 0;
        }
        int n = 0;
        for (int e = heads[slot]; e >= 0 && n < limit; e = entryNext[e], n++) {
            visitor.accept(entryItem[e]);
        }
        return n;
    }

    private int slot(long k) {
        int mask = keys.length - 1;
        int i = (int) (k ^ (k >>> 32)) & mask;
        while (keys[i] != EMPTY && keys[i] != k) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int s = slot(oldKeys[i]);
                keys[s] = oldKeys[i];
                heads[s] = oldHeads[i];
            }
        }
    }
}
