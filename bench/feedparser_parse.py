#!/usr/bin/python3
"""Parse-only baseline: feedparser.parse() on every file under the given paths; prints files, entries and time.

Run with Debian's /usr/bin/python3 (python3-feedparser). Does no storing and no normalisation: it is the floor of
what a Python bot would spend on the same files.
"""
import os
import sys
import time

import feedparser


def files_under(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                for n in sorted(names):
                    if not n.startswith("."):
                        yield os.path.join(root, n)
        else:
            yield p


def main(argv):
    if not argv:
        print("usage: feedparser_parse.py PATH...", file=sys.stderr)
        return 2
    start = time.perf_counter()
    files = entries = bozo = 0
    for f in sorted(files_under(argv)):
        d = feedparser.parse(f)
        files += 1
        entries += len(d.entries)
        bozo += 1 if d.bozo else 0
    s = time.perf_counter() - start
    print(f"feedparser {feedparser.__version__}: parsed {files} files ({bozo} bozo): {entries} entries "
          f"in {s:.2f} s ({entries / s:.0f} entries/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
