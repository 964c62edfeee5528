package dev.newsdesk.adapter.fetch;

import java.io.IOException;

/** Redirects were refused: too many, a loop, or a target that is not http(s). The message follows the URL. */
final class TooManyRedirectsException extends IOException {

    private static final long serialVersionUID = 1L;

    TooManyRedirectsException(String message) {
        super(message);
    }
}
