package dev.newsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.adapter.feed.FeedParsers;
import dev.newsdesk.app.FeedParseException;
import dev.newsdesk.core.item.Item;
import dev.newsdesk.core.item.ItemNormalizer;
import dev.newsdesk.core.item.ParsedFeed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code parse FILE}: a feed file as JSON, after normalisation. Needs no store and no configuration. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Print a feed file as JSON: {title, link, items: [{id, title, link, published, author, summary, "
                + "content}]}; published is ISO-8601 or null.")
final class ParseCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    ConfigOption config; // every command takes --config; this one reads only its file

    @Parameters(paramLabel = "FILE", description = "an RSS, Atom, RDF or JSON Feed file")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": no such file");
        }
        byte[] body = Files.readAllBytes(file);
        ParsedFeed feed;
        try {
            feed = new FeedParsers().parse(body, null, null, null);
        } catch (FeedParseException e) {
            throw new UserError(file + ": " + e.getMessage());
        }
        // a fetch time no feed can carry: items that come back with it had no date of their own
        Instant fetchedAt = Instant.now().plusNanos(1);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("title", feed.title());
        root.put("link", feed.link());
        ArrayNode items = root.putArray("items");
        for (Item it : ItemNormalizer.normalize("file", feed, null, fetchedAt)) {
            ObjectNode o = items.addObject();
            o.put("id", it.key().substring(2));
            o.put("title", it.title());
            o.put("link", it.url());
            o.put("published", it.publishedAt().equals(fetchedAt) ? null : it.publishedAt().toString());
            o.put("author", it.author());
            o.put("summary", it.summary());
            o.put("content", it.text().equals(it.summary()) ? null : it.text());
        }
        System.out.println(json.writeValueAsString(root));
        return 0;
    }
}
