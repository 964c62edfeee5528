package dev.newsdesk.adapter.fetch;

import java.io.IOException;

/** The (decompressed) body was longer than fetch.max-body. The message follows the URL. */
final class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    BodyTooLargeException(long maxBody, long declared) {
        super(declared > 0
                ? "declares a body of " + declared + " bytes, more than fetch.max-body (" + maxBody + " bytes)"
                : "sent a body larger than fetch.max-body (" + maxBody + " bytes)");
    }
}
