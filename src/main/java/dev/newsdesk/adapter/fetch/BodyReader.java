package dev.newsdesk.adapter.fetch;

import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

import java.io.IOException;

/**
 * Reads a response body into memory, but never more than {@code maxBody + 1} bytes: the body arrives already
 * decompressed by OkHttp, so the cap holds against gzip bombs, and an endless body stops at the cap.
 */
final class BodyReader {

    private static final long CHUNK = 8192;

    private final long maxBody;

    BodyReader(long maxBody) {
        this.maxBody = maxBody;
    }

    /** The whole body, or {@link BodyTooLargeException} once it passes the cap (the caller cancels the call). */
    byte[] read(ResponseBody body) throws IOException {
        long declared = body.contentLength(); // -1 when unknown, and always -1 after transparent gzip
        if (declared > maxBody) {
            throw new BodyTooLargeException(maxBody, declared);
        }
        BufferedSource source = body.source();
        Buffer sink = new Buffer();
        while (sink.size() <= maxBody) {
            long n = source.read(sink, Math.min(CHUNK, maxBody + 1 - sink.size()));
            if (n == -1) {
                return sink.readByteArray();
            }
        }
        sink.clear();
        throw new BodyTooLargeException(maxBody, -1);
    }
}
