package dev.newsdesk.adapter.fetch;

import dev.newsdesk.config.FetchSettings;
import dev.newsdesk.core.source.FailureKind;
import dev.newsdesk.core.source.FetchOutcome;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sorts everything a fetch can throw into a {@link FailureKind} with a message a person can act on, naming the URL.
 * The one place that knows which exception means what.
 */
final class FailureClassifier {

    private static final int MAX_DETAIL = 200;

    private final FetchSettings settings;

    FailureClassifier(FetchSettings settings) {
        this.settings = settings;
    }

    /**
     * @param failure what went wrong; our own exceptions are found anywhere in its causes and suppressed ones, since
     *                OkHttp wraps and collects connect failures
     * @param url     the requested URL as it may be shown
     */
    FetchOutcome.Failed classify(Throwable failure, String url) {
        List<Throwable> chain = chain(failure);
        String subject = "fetch: " + url + " ";
        for (Throwable t : chain) {
            if (t instanceof BlockedAddressException) {
                return FetchOutcome.Failed.of(FailureKind.BLOCKED, subject + t.getMessage());
            }
            if (t instanceof TooManyRedirectsException) {
                return FetchOutcome.Failed.of(FailureKind.TOO_MANY_REDIRECTS, subject + t.getMessage());
            }
            if (t instanceof BodyTooLargeException) {
                return FetchOutcome.Failed.of(FailureKind.TOO_LARGE, subject + t.getMessage());
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SocketTimeoutException) {
                String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
                return FetchOutcome.Failed.of(FailureKind.TIMEOUT, m.contains("connect")
                        ? subject + "did not accept a connection within " + human(settings.connectTimeout())
                        + " (fetch.connect-timeout)"
                        : subject + "sent nothing for " + human(settings.readTimeout()) + " (fetch.read-timeout)");
            }
            if (t instanceof InterruptedIOException) {
                // OkHttp's call timeout: InterruptedIOException("timeout") around whatever the cancel broke
                return FetchOutcome.Failed.of(FailureKind.TIMEOUT,
                        subject + "did not finish within " + human(settings.timeout()) + " (fetch.timeout)");
            }
            if (t instanceof UnknownHostException) {
                return FetchOutcome.Failed.of(FailureKind.DNS,
                        subject + "failed: the host name does not resolve (" + detail(t) + ")");
            }
            if (t instanceof SSLException) {
                return FetchOutcome.Failed.of(FailureKind.TLS,
                        subject + "failed the TLS handshake or certificate check (" + detail(t) + ")");
            }
        }
        if (failure instanceof IOException) {
            // refused, reset, closed early, a malformed HTTP answer: the server or the way to it is at fault
            return FetchOutcome.Failed.of(FailureKind.CONNECTION,
                    subject + "could not be fetched: connection failed (" + detail(failure) + ")");
        }
        return FetchOutcome.Failed.of(FailureKind.INTERNAL,
                subject + "failed inside newsdesk (" + failure.getClass().getSimpleName() + ": " + detail(failure) + ")");
    }

    /** The failure, its causes and their suppressed exceptions, outermost first, each once. */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> out = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> todo = new ArrayList<>(List.of(failure));
        while (!todo.isEmpty()) {
            Throwable t = todo.remove(0);
            if (t == null || !seen.add(t)) {
                continue;
            }
            out.add(t);
            todo.add(t.getCause());
            todo.addAll(List.of(t.getSuppressed()));
        }
        return out;
    }

    /** The innermost message, shortened: the most specific words ("Connection refused"). */
    private static String detail(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : t.getMessage();
        if (message == null || message.isBlank()) {
            message = root.getClass().getSimpleName();
        }
        message = message.replaceAll("\\s+", " ").trim();
        return message.length() <= MAX_DETAIL ? message : message.substring(0, MAX_DETAIL) + "…";
    }

    /** "300 ms", "20 s". */
    static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
