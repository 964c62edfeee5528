package dev.newsdesk.app;

import java.util.List;

/** Told about items stored for the first time, after their analysis and story are stored (e.g. keyword alerts). */
@FunctionalInterface
public interface NewItemsListener {
    void onNewItems(List<String> itemIds);
}
