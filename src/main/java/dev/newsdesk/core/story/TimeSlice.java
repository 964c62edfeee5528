package dev.newsdesk.core.story;

import java.util.ArrayList;
import java.util.List;

/**
 * The items published in one stretch of time and their buckets. The index is a ring of slices: when the newest
 * item moves past a slice's end plus the window, the whole slice is dropped at once, so expiry costs O(1) per item
 * and memory stays bounded by what a window holds.
 */
final class TimeSlice {
    final long start;
    final List<IndexedItem> items = new ArrayList<>();
    final BandIndex buckets = new BandIndex();

    TimeSlice(long start) {
        this.start = start;
    }

    void add(IndexedItem item, long[] bandKeys) {
        int index = items.size();
        items.add(item);
        for (long k : bandKeys) {
            buckets.put(k, index);
        }
    }
}
