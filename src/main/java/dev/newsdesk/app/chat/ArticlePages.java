package dev.newsdesk.app.chat;

import dev.newsdesk.core.chat.NewsItem;

/** Reads an article that is not stored, from its page, for {@code /summary URL}. */
public interface ArticlePages {

    /**
     * The article at {@code url}, read and analysed now.
     *
     * @throws CommandError saying why not (refused address, not found, no article on the page, timeout)
     */
    NewsItem read(String url) throws CommandError;

    /** Where pages are not read on demand. */
    ArticlePages NONE = url -> {
        throw new CommandError("No stored article for " + url + ".");
    };
}
