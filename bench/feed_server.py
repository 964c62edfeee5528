#!/usr/bin/env python3
"""Local feed server for the poll and memory benchmarks (Python standard library only, loopback only).

One ThreadingHTTPServer per address 127.0.0.1 .. 127.0.0.<hosts>, all on one port, in one process. Feed number
n (from 0) is served as /feeds/s<nnnn>.xml (or .atom, see gen_feeds.py) on address 127.0.0.<1 + n % hosts> only,
so the feeds are spread evenly over the hosts. Every response (200, 304, 404) is delayed by --delay-ms before it
is written. Conditional GET: a strong ETag with If-None-Match, and Last-Modified with If-Modified-Since (used when
If-None-Match is absent), answer 304 with no body. Keep-alive (HTTP/1.1, Content-Length), no compression.

--rotate-seconds S makes feeds change: every S seconds each feed's 20-item window slides by one item over
20 + --spare pre-built items (new ETag, new Last-Modified), so a poller finds new or updated content.

Counters: GET /stats (on any address; not delayed, not counted) answers JSON with requests, status counts,
body bytes, the most requests in flight at once and span_s (first request in to last response out); the same is printed to stderr on SIGTERM / SIGINT. GET /stats?reset=1 answers and then zeroes them.

    python3 bench/feed_server.py [--feeds 1000] [--items 20] [--hosts 20] [--port 18080] [--delay-ms 50]
                                 [--rotate-seconds 0] [--spare 5] [--url-list FILE]
Prints "ready ..." on stdout when every address listens.
"""
import argparse
import email.utils
import hashlib
import json
import os
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_feeds  # noqa: E402


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        self.requests = 0
        self.status = {}
        self.body_bytes = 0
        self.conditional = 0
        self.per_host = {}
        self.max_in_flight = 0
        self.in_flight = 0
        self.first_start = None
        self.last_end = None

    def enter(self):
        with self.lock:
            if self.first_start is None:
                self.first_start = time.monotonic()
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def leave(self, host, status, nbytes, conditional):
        with self.lock:
            self.in_flight -= 1
            self.last_end = time.monotonic()
            self.requests += 1
            self.status[str(status)] = self.status.get(str(status), 0) + 1
            self.body_bytes += nbytes
            self.conditional += 1 if conditional else 0
            self.per_host[host] = self.per_host.get(host, 0) + 1

    def snapshot(self):
        with self.lock:
            return {"requests": self.requests, "status": dict(self.status), "body_bytes": self.body_bytes,
                    "conditional_requests": self.conditional, "max_in_flight": self.max_in_flight,
                    "span_s": round(self.last_end - self.first_start, 3) if self.last_end and self.first_start else 0,
                    "hosts": len(self.per_host), "per_host_min": min(self.per_host.values(), default=0),
                    "per_host_max": max(self.per_host.values(), default=0)}


class Feed:
    """One feed split into header, item chunks and footer, so that windows of items are cheap to serve."""

    def __init__(self, number, items, spare, seed, body="long"):
        _, _, _, atom = gen_feeds.feed_meta(number, seed)
        self.name = f"s{number:04d}.{'atom' if atom else 'xml'}"
        self.content_type = "application/atom+xml; charset=utf-8" if atom else "application/rss+xml; charset=utf-8"
        text = gen_feeds.feed_bytes(number, items + spare, seed, body).decode("utf-8")
        start, end = ("<entry>\n", "</entry>\n") if atom else ("<item>\n", "</item>\n")
        first = text.index(start)
        last = text.rindex(end) + len(end)
        self.header, self.footer = text[:first], text[last:]
        self.chunks = [start + c for c in text[first + len(start):last].split(start)]
        self.items = items
        self.cache = (None, None)

    def version(self, shift):
        """(body bytes, etag, last-modified) of the window starting at item `shift` (0 = newest)."""
        s = shift % (len(self.chunks) - self.items + 1)
        cached_shift, value = self.cache
        if cached_shift == s:
            return value
        # shifting by s drops the s newest items: newer windows have a lower s, so count down as time goes on
        body = (self.header + "".join(self.chunks[s:s + self.items]) + self.footer).encode("utf-8")
        etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
        modified = gen_feeds.BASE_TIME.timestamp() - 60 * s
        value = (body, etag, modified)
        self.cache = (s, value)
        return value


def make_handler(feeds_by_path, stats, delay, rotate, spare, started):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "bench-feed-server/1"
        # http.server sends the headers and the body in two writes; with Nagle on, the body then waits for the
        # client's delayed ACK of the headers (up to 40 ms on Linux), which added ~18 ms to every 200 of a poll cycle
        # (measured: first cycle 2.64 s with Nagle, 2.31 s without). Web servers answer with TCP_NODELAY (nginx's
        # default) or in one write; the benchmark means to model 50 ms of network latency, not this stall.
        disable_nagle_algorithm = True

        def log_message(self, *args):  # quiet
            pass

        def do_GET(self):
            if self.path.startswith("/stats"):
                body = json.dumps(stats.snapshot()).encode()
                if "reset=1" in self.path:
                    with stats.lock:
                        stats.reset()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            stats.enter()
            status, nbytes = 500, 0
            inm = self.headers.get("If-None-Match")
            ims = self.headers.get("If-Modified-Since")
            host = self.server.server_address[0]
            try:
                time.sleep(delay)
                feed = feeds_by_path.get((host, self.path.split("?", 1)[0]))
                if feed is None:
                    status = 404
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                shift = 0
                if rotate > 0:
                    # the window moves toward newer items every `rotate` seconds, cycling over the spare items
                    shift = spare - int((time.time() - started) // rotate) % (spare + 1)
                body, etag, modified = feed.version(shift)
                not_modified = False
                if inm is not None:
                    not_modified = any(t.strip() in (etag, "*") for t in inm.split(","))
                elif ims is not None:
                    try:
                        not_modified = email.utils.parsedate_to_datetime(ims).timestamp() >= int(modified)
                    except (TypeError, ValueError):
                        not_modified = False
                headers = [("ETag", etag), ("Last-Modified", email.utils.formatdate(modified, usegmt=True))]
                if not_modified:
                    status = 304
                    self.send_response(304)
                    for k, v in headers:
                        self.send_header(k, v)
                    self.end_headers()
                    return
                status, nbytes = 200, len(body)
                self.send_response(200)
                self.send_header("Content-Type", feed.content_type)
                self.send_header("Content-Length", str(len(body)))
                for k, v in headers:
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)
            finally:
                stats.leave(host, status, nbytes, inm is not None or ims is not None)

    return Handler


def main(argv=None):
    ap = argparse.ArgumentParser(description="local feed server for benchmarks")
    ap.add_argument("--feeds", type=int, default=1000)
    ap.add_argument("--items", type=int, default=20)
    ap.add_argument("--hosts", type=int, default=20)
    ap.add_argument("--port", type=int, default=18080)
    ap.add_argument("--delay-ms", type=float, default=50)
    ap.add_argument("--rotate-seconds", type=float, default=0)
    ap.add_argument("--spare", type=int, default=5)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--body", choices=["long", "short"], default="short",
                    help="per item: a teaser paragraph as most news feeds carry (short), or 2-3 KB of HTML (long)")
    ap.add_argument("--url-list", help="write the feed URLs here, one per line, as 'id url'")
    a = ap.parse_args(argv)
    if not 1 <= a.hosts <= 254:
        ap.error("--hosts must be 1..254")

    t0 = time.time()
    spare = a.spare if a.rotate_seconds > 0 else 0
    feeds_by_path = {}
    urls = []
    for n in range(a.feeds):
        f = Feed(n, a.items, spare, a.seed, a.body)
        host = f"127.0.0.{1 + n % a.hosts}"
        feeds_by_path[(host, "/feeds/" + f.name)] = f
        urls.append((f"s{n:04d}", f"http://{host}:{a.port}/feeds/{f.name}"))
    if a.url_list:
        with open(a.url_list, "w") as out:
            for sid, url in urls:
                out.write(f"{sid} {url}\n")

    stats = Stats()
    handler = make_handler(feeds_by_path, stats, a.delay_ms / 1000.0, a.rotate_seconds, spare, time.time())
    servers = []
    for h in range(1, a.hosts + 1):
        srv = ThreadingHTTPServer((f"127.0.0.{h}", a.port), handler)
        srv.daemon_threads = True
        srv.request_queue_size = 128
        servers.append(srv)
        threading.Thread(target=srv.serve_forever, name=f"srv-{h}", daemon=True).start()

    done = threading.Event()

    def stop(signum, frame):
        done.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print(f"ready: {a.feeds} feeds x {a.items} items on 127.0.0.1-{a.hosts}:{a.port}, delay {a.delay_ms:g} ms, "
          f"rotate {a.rotate_seconds:g} s (built in {time.time() - t0:.1f} s)", flush=True)
    while not done.wait(0.5):
        pass
    for srv in servers:
        srv.shutdown()
        srv.server_close()
    print("stats " + json.dumps(stats.snapshot()), file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
