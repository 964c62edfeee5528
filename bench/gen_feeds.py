#!/usr/bin/env python3
"""Generate deterministic, realistic news feeds for the newsdesk benchmarks.

N feeds x M items: RSS 2.0 (with dc: and content: namespaces) and, for about one feed in seven, Atom 1.0.
Every item carries 2-3 KB of HTML (paragraphs, links, entities, an <img>) in content:encoded / description
(RSS) or content type="html" (Atom), a guid / id, an RFC 822 pubDate (RFC 3339 in Atom), dc:creator / author
and categories. Titles are about AI alliances, chips, crypto, markets and geopolitics.

The output depends only on --seed, the feed index and --items: feed i is the same whatever N is, so the feed
server (feed_server.py) can build any feed in memory with feed_bytes().

    python3 bench/gen_feeds.py [--feeds 200] [--items 50] [--seed 42] [--out bench/out/feeds]
"""
import argparse
import html
import datetime as dt
import email.utils
import os
import random
import sys
from xml.sax.saxutils import escape

BASE_TIME = dt.datetime(2025, 6, 2, 18, 0, 0, tzinfo=dt.timezone.utc)

OUTLETS = ["Wire", "Ledger", "Dispatch", "Signal", "Monitor", "Chronicle", "Observer", "Herald", "Review", "Brief"]
OUTLET_PREFIX = ["Global", "Pacific", "Atlantic", "Capital", "Frontier", "Harbor", "Summit", "Meridian", "Northern",
                 "Silicon"]

COMPANIES = ["Nvidia", "TSMC", "ASML", "Intel", "AMD", "Samsung", "SK Hynix", "OpenAI", "Anthropic", "Google DeepMind",
             "Microsoft", "Meta", "Amazon", "Arm", "Qualcomm", "Broadcom", "Mistral", "Huawei", "Alibaba", "Baidu",
             "Micron", "Rapidus", "Cerebras", "Tenstorrent", "Oracle", "SoftBank", "Coinbase", "Binance", "BlackRock",
             "Circle", "Tether", "Kraken"]
COUNTRIES = ["the US", "China", "the EU", "Japan", "South Korea", "Taiwan", "India", "the UK", "France", "Germany",
             "Saudi Arabia", "the UAE", "Brazil", "Russia", "Indonesia", "Canada", "Singapore", "Vietnam"]
BLOCS = ["BRICS", "the G7", "NATO", "ASEAN", "the G20", "the Quad", "the OECD", "the African Union"]
ASSETS = ["Bitcoin", "Ether", "Solana", "stablecoins", "the dollar", "the yen", "gold", "Treasury yields",
          "the Nasdaq", "chip stocks", "the S&P 500", "Brent crude", "the euro"]
PEOPLE = ["Maria Chen", "David Okafor", "Priya Raman", "Lukas Becker", "Sofia Alvarez", "Kenji Watanabe",
          "Amira Haddad", "Tom Fischer", "Elena Petrova", "James O'Neill", "Nadia Rahman", "Carlos Mendes",
          "Hannah Kim", "Olu Adeyemi", "Isabel Duarte", "Marc Lefevre", "Yuki Sato", "Ana Ribeiro"]
NUMBERS = ["$2 billion", "$4.5 billion", "$10 billion", "$25 billion", "$100 billion", "12%", "3.4%", "40%",
           "half a trillion dollars", "$750 million", "1.2 gigawatts", "200,000 GPUs", "3 nanometres", "2 nm"]

TITLES = {
    "ai-alliances": [
        "{c1} and {c2} form AI alliance to pool {n} in compute",
        "{c1}, {c2} sign joint venture for sovereign AI data centres in {k}",
        "{b} members weigh shared AI infrastructure pact as {k} pushes back",
        "{c1} joins {c2}-led consortium on open AI safety standards",
        "Why the {c1}-{c2} partnership could reshape the AI race",
        "{k} and {k2} announce AI coalition backed by {n}",
    ],
    "chips": [
        "{c1} unveils next-generation GPU as demand from {c2} surges",
        "{k} tightens export controls on advanced chips to {k2}",
        "{c1} to build {n} fab in {k} amid subsidy race",
        "{c1} shares jump after {c2} orders {n} of accelerators",
        "Memory shortage deepens as {c1} and {c2} race for HBM capacity",
        "{c1} delays {n} node, ceding ground to {c2}",
    ],
    "crypto": [
        "{a} tops record as ETF inflows reach {n}",
        "{c1} faces probe in {k} over stablecoin reserves",
        "Hack at exchange drains {n}; {a} slips",
        "{k} passes stablecoin law, {c1} says it will comply",
        "{a} volatility spikes after {c1} outflows of {n}",
        "{b} central banks study settlement token as {a} rallies",
    ],
    "markets": [
        "Stocks rally as {c1} earnings beat guidance by {n}",
        "{a} plunges after surprise rate decision in {k}",
        "{c1} raises guidance, shares soar {n}",
        "Investors rotate out of {a} as tariff fears grow",
        "{c1} takes {n} stake in {c2}",
        "Markets wrap: {a} steady, {c1} and {c2} lead gains",
    ],
    "geopolitics": [
        "{b} summit ends with pledge on {a} settlement and AI rules",
        "{k} imposes sanctions on {k2} tech firms, {c1} exposed",
        "Trade war escalates as {k} targets {k2} chips with {n} tariffs",
        "{k} and {k2} sign treaty on undersea cables and data",
        "Diplomats from {b} meet in {k} over chip embargo",
        "{k} courts {b} with {n} infrastructure offer",
    ],
}
CATEGORIES = {
    "ai-alliances": ["AI", "Partnerships", "Technology", "Data centres"],
    "chips": ["Semiconductors", "Chips", "Technology", "Supply chain"],
    "crypto": ["Crypto", "Bitcoin", "Digital assets", "Regulation"],
    "markets": ["Markets", "Earnings", "Stocks", "Economy"],
    "geopolitics": ["Geopolitics", "Trade", "Sanctions", "Diplomacy"],
}
SENTENCES = [
    "The move comes as {c1} and {c2} compete for scarce {what}, analysts said.",
    "&ldquo;This is a long-term commitment,&rdquo; {p} told reporters on {day}.",
    "Officials in {k} said the plan would be reviewed by regulators &mdash; a process that could take months.",
    "Shares of {c1} rose {pct} in early trading, while {a} was little changed.",
    "According to people familiar with the matter, talks with {k2} began late last year.",
    "The deal is worth about {n}, making it one of the largest of its kind.",
    "Critics argue the arrangement concentrates power in a handful of firms &amp; governments.",
    "{p}, an analyst at {c2}, said demand for {what} &ldquo;shows no sign of slowing.&rdquo;",
    "{b} leaders are expected to return to the issue at their next summit.",
    "The company declined to comment on pricing but said shipments would start in Q{q}.",
    "Export rules published by {k} on {day} cover {what} above a set performance threshold.",
    "Investors have poured {n} into the sector this year, data compiled by {c2} show.",
    "It&#8217;s the third such agreement this quarter, following similar moves by {c2}.",
    "Regulators in {k2} said they were &ldquo;monitoring developments closely.&rdquo;",
]
WHAT = ["GPUs", "high-bandwidth memory", "data-centre power", "advanced packaging", "AI talent", "liquidity",
        "rare earths", "cloud capacity", "lithography tools", "stablecoin reserves"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _fill(rng, template):
    c1, c2 = rng.sample(COMPANIES, 2)
    k, k2 = rng.sample(COUNTRIES, 2)
    return template.format(c1=c1, c2=c2, k=k, k2=k2, b=rng.choice(BLOCS), a=rng.choice(ASSETS),
                           n=rng.choice(NUMBERS), p=rng.choice(PEOPLE), what=rng.choice(WHAT),
                           day=rng.choice(DAYS), pct=f"{rng.randint(1, 19)}.{rng.randint(0, 9)}%",
                           q=rng.randint(1, 4))


def _cap(text):
    return text[:1].upper() + text[1:]


def _slug(text):
    out = "".join(ch.lower() if ch.isalnum() else "-" for ch in text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:60]


def _html_body(rng, host, link, topic):
    """2-3 KB of article HTML: paragraphs with links and entities, one <img>, sometimes a list or quote."""
    parts = []
    img = f"https://img.{host}/{rng.randrange(16**8):08x}/{topic}-{rng.randint(100, 999)}.jpg"
    parts.append(f'<figure><img src="{img}" alt="{escape(_fill(rng, "{c1} headquarters in {k}"), {chr(34): "&quot;"})}"'
                 f' width="1200" height="675" /><figcaption>Photo: {rng.choice(PEOPLE)} / Reuters</figcaption>'
                 f'</figure>')
    target = rng.randint(1900, 2700)
    size = sum(len(p) for p in parts)
    n = 0
    while size < target:
        sentences = [_cap(_fill(rng, rng.choice(SENTENCES))) for _ in range(rng.randint(2, 4))]
        if rng.random() < 0.6:
            i = rng.randrange(len(sentences))
            word = rng.choice(COMPANIES)
            sentences[i] += (f' See also <a href="https://{host}/company/{_slug(word)}?utm_source=rss&amp;'
                             f'utm_medium=feed">{escape(word)} coverage</a>.')
        p = "<p>" + " ".join(sentences) + "</p>"
        n += 1
        if n == 3 and rng.random() < 0.4:
            p = "<blockquote><p>" + _cap(_fill(rng, rng.choice(SENTENCES))) + "</p></blockquote>" + p
        if n == 4 and rng.random() < 0.3:
            p = "<ul>" + "".join(f"<li><strong>{escape(_fill(rng, '{c1}'))}</strong>: {rng.choice(NUMBERS)}</li>"
                                 for _ in range(3)) + "</ul>" + p
        parts.append(p)
        size += len(p)
    parts.append(f'<p><em>Read the full story at <a href="{link}">{host}</a>.</em></p>')
    return "".join(parts)


def _short_body(rng):
    """What most news feeds carry: a one- or two-sentence teaser paragraph of 150-400 bytes."""
    return "<p>" + " ".join(_cap(_fill(rng, rng.choice(SENTENCES))) for _ in range(rng.randint(1, 2))) + "</p>"


def _item(rng, feed_no, item_no, host, when, body="long"):
    topic = rng.choice(list(TITLES))
    title = _fill(rng, rng.choice(TITLES[topic]))
    link = f"https://{host}/{when:%Y/%m/%d}/{_slug(title)}-{feed_no:04d}{item_no:03d}"
    cats = rng.sample(CATEGORIES[topic], rng.randint(1, 3))
    return {
        "title": title, "link": link, "topic": topic, "categories": cats,
        "creator": rng.choice(PEOPLE), "when": when,
        "guid": f"{host}:{feed_no}:{item_no}:{rng.randrange(16**6):06x}",
        "summary": html.unescape(_cap(_fill(rng, rng.choice(SENTENCES)))),
        "html": _html_body(rng, host, link, topic) if body == "long" else _short_body(rng),
    }


def feed_meta(feed_no, seed=42):
    rng = random.Random(seed * 1_000_003 + feed_no)
    name = f"{rng.choice(OUTLET_PREFIX)} {rng.choice(OUTLETS)} {feed_no}"
    host = f"news{feed_no:04d}.example.com"
    atom = feed_no % 7 == 3
    return rng, name, host, atom


def feed_bytes(feed_no, items=50, seed=42, body="long"):
    """Feed number feed_no (from 0) as UTF-8 bytes; Atom for feeds whose number is 3 mod 7, RSS 2.0 otherwise.
    body: "long" (2-3 KB of article HTML per item) or "short" (a teaser paragraph, as most news feeds have)."""
    rng, name, host, atom = feed_meta(feed_no, seed)
    entries = []
    for j in range(items):
        when = BASE_TIME - dt.timedelta(minutes=37 * j + rng.randint(0, 30), seconds=rng.randint(0, 59))
        entries.append(_item(rng, feed_no, j, host, when, body))
    return (_atom if atom else _rss)(rng, feed_no, name, host, entries).encode("utf-8")


def _rss(rng, feed_no, name, host, entries):
    # half of the RSS feeds put the HTML in content:encoded (CDATA) with a short description; the others put it,
    # escaped, in the description itself
    use_content = feed_no % 2 == 0
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n',
           f'<title>{escape(name)}</title>\n<link>https://{host}/</link>\n',
           f'<atom:link href="https://{host}/feed.xml" rel="self" type="application/rss+xml"/>\n',
           f'<description>{escape(name)}: technology, markets and world news</description>\n',
           '<language>en-us</language>\n',
           f'<lastBuildDate>{email.utils.format_datetime(BASE_TIME)}</lastBuildDate>\n']
    for e in entries:
        permalink = rng.random() < 0.5
        guid = (f'<guid isPermaLink="true">{e["link"]}</guid>' if permalink
                else f'<guid isPermaLink="false">{escape(e["guid"])}</guid>')
        out.append("<item>\n")
        out.append(f'<title>{escape(e["title"])}</title>\n<link>{e["link"]}</link>\n{guid}\n')
        out.append(f'<pubDate>{email.utils.format_datetime(e["when"])}</pubDate>\n')
        out.append(f'<dc:creator>{escape(e["creator"])}</dc:creator>\n')
        for c in e["categories"]:
            out.append(f'<category>{escape(c)}</category>\n')
        if use_content:
            out.append(f'<description>{escape(e["summary"])}</description>\n')
            out.append(f'<content:encoded><![CDATA[{e["html"]}]]></content:encoded>\n')
        else:
            out.append(f'<description>{escape(e["html"])}</description>\n')
        out.append("</item>\n")
    out.append("</channel>\n</rss>\n")
    return "".join(out)


def _rfc3339(when):
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _atom(rng, feed_no, name, host, entries):
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n',
           f'<title>{escape(name)}</title>\n<id>tag:{host},2025:feed</id>\n',
           f'<link href="https://{host}/" rel="alternate"/>\n<link href="https://{host}/atom.xml" rel="self"/>\n',
           f'<updated>{_rfc3339(BASE_TIME)}</updated>\n']
    for e in entries:
        out.append("<entry>\n")
        out.append(f'<title type="text">{escape(e["title"])}</title>\n')
        out.append(f'<link rel="alternate" type="text/html" href="{e["link"]}"/>\n')
        out.append(f'<id>tag:{host},2025:{escape(e["guid"])}</id>\n')
        out.append(f'<published>{_rfc3339(e["when"])}</published>\n<updated>{_rfc3339(e["when"])}</updated>\n')
        out.append(f'<author><name>{escape(e["creator"])}</name></author>\n')
        for c in e["categories"]:
            out.append(f'<category term="{escape(c)}"/>\n')
        out.append(f'<summary type="text">{escape(e["summary"])}</summary>\n')
        out.append(f'<content type="html">{escape(e["html"])}</content>\n')
        out.append("</entry>\n")
    out.append("</feed>\n")
    return "".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "out", "feeds"))
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    total = 0
    for i in range(a.feeds):
        _, _, _, atom = feed_meta(i, a.seed)
        body = feed_bytes(i, a.items, a.seed)
        with open(os.path.join(a.out, f"s{i:04d}.{'atom' if atom else 'xml'}"), "wb") as f:
            f.write(body)
        total += len(body)
    print(f"wrote {a.feeds} feeds x {a.items} items ({a.feeds * a.items} items, {total / 1e6:.1f} MB) to {a.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
