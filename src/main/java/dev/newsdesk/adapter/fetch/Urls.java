package dev.newsdesk.adapter.fetch;

import okhttp3.HttpUrl;

/** URLs as they may appear in messages and logs. */
final class Urls {

    private static final int MAX_SHOWN = 300;

    private Urls() {
    }

    /** The URL with any password masked, so that messages and logs never carry it. */
    static String display(HttpUrl url) {
        if (url.password().isEmpty()) {
            return url.toString();
        }
        return url.newBuilder().password("***").build().toString();
    }

    /** A string that did not parse as a URL, shortened so that a garbage input cannot flood a message. */
    static String display(String raw) {
        return raw.length() <= MAX_SHOWN ? raw : raw.substring(0, MAX_SHOWN) + "…";
    }
}
