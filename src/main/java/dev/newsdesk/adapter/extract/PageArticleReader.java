package dev.newsdesk.adapter.extract;

import dev.newsdesk.app.ArticleReader;
import dev.newsdesk.core.item.Article;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link ArticleReader} over {@link ArticleExtractor}: decodes the page with the charset of its Content-Type, else of
 * its {@code <meta charset>} (or http-equiv), else UTF-8.
 */
public final class PageArticleReader implements ArticleReader {
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([\\w.:-]+)");
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([\\w.:-]+)");
    /** A meta charset must come early in the head; looking further only risks matching article text. */
    private static final int SNIFF = 4096;

    private final ArticleExtractor extractor;

    public PageArticleReader(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public Article read(byte[] body, String contentType, String url) {
        return extractor.extract(new String(body, charset(body, contentType)), url);
    }

    static Charset charset(byte[] body, String contentType) {
        Charset c = contentType == null ? null : named(HEADER_CHARSET.matcher(contentType));
        if (c == null) {
            String head = new String(body, 0, Math.min(body.length, SNIFF), StandardCharsets.ISO_8859_1);
            c = named(META_CHARSET.matcher(head));
        }
        return c != null ? c : StandardCharsets.UTF_8;
    }

    private static Charset named(Matcher m) {
        if (!m.find()) {
            return null;
        }
        try {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            // pages that say latin-1 are windows-1252 in practice, as browsers assume
            return name.equals("iso-8859-1") || name.equals("latin1") ? Charset.forName("windows-1252")
                    : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
