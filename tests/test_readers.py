"""Readers: every input format, and a clear error for every kind of bad file."""

from __future__ import annotations

import json

from loaders.articles import Article, checksum
from loaders.errors import ReadError
from loaders.readers import iter_articles


def read(*paths):
    return list(iter_articles([str(p) for p in paths]))


def only_article(items) -> Article:
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def test_plain_text_takes_a_headline_first_line_as_title(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Ministers Meet in Lima\n\nLIMA - Trade ministers met on Monday.\n", encoding="utf-8")
    article = only_article(read(path))
    assert article.id == "story"
    assert article.title == "Ministers Meet in Lima"
    assert "Trade ministers met" in article.text


def test_plain_text_without_a_headline_has_no_title(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Trade ministers met on Monday in Lima.\nThey agreed to meet again.\n", encoding="utf-8")
    assert only_article(read(path)).title is None


def test_markdown_front_matter_gives_metadata_and_markup_is_removed(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(
        "---\ntitle: Steel talks\npublished: 2025-03-04\nsource_url: https://example.org/a\n---\n"
        "# Steel talks\n\nThe **Commerce Department** published [new rules](https://x.example) today.\n",
        encoding="utf-8",
    )
    article = only_article(read(path))
    assert (article.title, article.published, article.source_url) == ("Steel talks", "2025-03-04", "https://example.org/a")
    assert "The Commerce Department published new rules today." in article.text
    assert "**" not in article.text and "](" not in article.text


def test_json_object_list_and_articles_key(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "x1", "text": "Body one.", "title": "T", "published": "2025-01-02T10:00:00Z"}))
    many = tmp_path / "many.json"
    many.write_text(json.dumps({"articles": [{"text": "First."}, {"text": "Second.", "url": "https://e.org/2"}]}))
    a = only_article(read(one))
    assert (a.id, a.title, a.published) == ("x1", "T", "2025-01-02")
    items = read(many)
    assert [i.text for i in items] == ["First.", "Second."]
    assert items[1].source_url == "https://e.org/2"


def test_jsonl_reports_bad_lines_by_number_and_keeps_the_rest(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "Good one."}\n{not json}\n\n{"title": "no text"}\n{"text": "Good two."}\n', encoding="utf-8")
    items = read(path)
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [a.text for a in articles] == ["Good one.", "Good two."]
    assert [e.source for e in errors] == [f"{path}:2", f"{path}:4"]
    assert "malformed JSON" in errors[0].reason
    assert "'text'" in errors[1].reason


def test_html_keeps_the_article_and_drops_scripts_and_navigation(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Page title</title><script>var secret = 1;</script></head><body>"
        "<nav><a>Home</a><a>Markets</a></nav><div class='cookie-banner'>We use cookies</div>"
        "<article><h1>Tariff talks resume</h1><p>Officials met in Ottawa.</p><p>They will meet again.</p></article>"
        "<footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    article = only_article(read(path))
    assert article.title == "Tariff talks resume"  # the headline, not the browser-tab title
    assert article.text.splitlines() == ["Tariff talks resume", "Officials met in Ottawa.", "They will meet again."]
    for junk in ("secret", "Home", "cookies", "Copyright"):
        assert junk not in article.text


def test_rss_and_atom_entries_with_and_without_dates(tmp_path):
    rss = tmp_path / "feed.rss"
    rss.write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>F</title>"
        "<item><title>One</title><link>https://e.org/1</link><pubDate>Tue, 19 Aug 2025 10:00:00 GMT</pubDate>"
        "<description>&lt;p&gt;First story text.&lt;/p&gt;</description></item>"
        "<item><description>Untitled undated story.</description></item>"
        "<item><title>Empty</title></item>"
        "</channel></rss>", encoding="utf-8")
    atom = tmp_path / "feed.atom"
    atom.write_text(
        "<feed xmlns='http://www.w3.org/2005/Atom'><title>A</title>"
        "<entry><title>Atom one</title><link rel='alternate' href='https://e.org/a1'/>"
        "<published>2025-02-03T00:00:00Z</published><content type='html'>Atom body.</content></entry></feed>",
        encoding="utf-8")
    items = read(rss)
    assert [type(i).__name__ for i in items] == ["Article", "Article", "ReadError"]
    first, second, error = items
    assert (first.title, first.published, first.source_url, first.text) == ("One", "2025-08-19", "https://e.org/1", "First story text.")
    assert (second.title, second.published) == (None, None)
    assert "no text" in error.reason and error.source.endswith("#3")
    entry = only_article(read(atom))
    assert (entry.title, entry.published, entry.source_url) == ("Atom one", "2025-02-03", "https://e.org/a1")


def test_folders_and_globs(tmp_path):
    (tmp_path / "a.txt").write_text("Alpha story.", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.md").write_text("Beta story.", encoding="utf-8")
    (sub / "image.png").write_bytes(b"\x89PNG\r\n")
    assert sorted(a.text for a in read(tmp_path)) == ["Alpha story.", "Beta story."]
    assert [a.text for a in read(tmp_path / "*.txt")] == ["Alpha story."]
    missing = read(tmp_path / "nothing-*.txt")
    assert isinstance(missing[0], ReadError) and "matches no files" in missing[0].reason


def test_bad_files_each_get_one_clear_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    broken_json = tmp_path / "broken.json"
    broken_json.write_text('{"text": "unterminated', encoding="utf-8")
    items = read(empty, binary, broken_json, tmp_path / "absent.txt")
    assert all(isinstance(i, ReadError) for i in items)
    reasons = [i.reason for i in items]
    assert "empty" in reasons[0]
    assert "binary" in reasons[1]
    assert "malformed JSON" in reasons[2]
    assert "no such file" in reasons[3]


def test_legacy_encoding_is_decoded(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\u00e9 owners in Qu\u00e9bec protest tariffs \u2013 again.".encode("cp1252"))
    assert only_article(read(path)).text == "Caf\u00e9 owners in Qu\u00e9bec protest tariffs \u2013 again."


def test_utf16_with_bom_is_decoded(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("Tariffs on steel.".encode("utf-16"))
    assert only_article(read(path)).text == "Tariffs on steel."


def test_same_text_gives_same_checksum_whatever_the_spacing():
    assert checksum("Tariffs  rose.\r\nAgain. ") == checksum("Tariffs rose.\nAgain.")
    assert checksum("Tariffs rose.") != checksum("Tariffs fell.")


def test_html_dates_from_meta_json_ld_and_time_tags(tmp_path):
    body = "<article><h1>Quota rises</h1><p>" + "The quota rose again on Monday after talks. " * 12 + "</p>{extra}</article>"
    pages = {
        "meta.html": ("<head><meta name='dc.date' content='2025-03-07'></head>", "", "2025-03-07"),
        "ld.html": ("<head><script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebSite\"}, "
                    "{\"@type\": \"NewsArticle\", \"datePublished\": \"2025-05-06T08:00:00+02:00\"}]}</script></head>",
                    "", "2025-05-06"),
        "time.html": ("<head></head>", "<p><time datetime='2024-12-30T10:00'>Monday</time></p>", "2024-12-30"),
        # a date only in the prose or the URL is not a publication date
        "none.html": ("<head><link rel='canonical' href='https://e.org/2023/01/02/x'></head>",
                      "<p>On 4 January 2023 the ministers met.</p>", None),
    }
    for name, (head, extra, _) in pages.items():
        (tmp_path / name).write_text(f"<html>{head}<body>{body.format(extra=extra)}</body></html>", encoding="utf-8")
    for name, (_, _, expected) in pages.items():
        assert only_article(read(tmp_path / name)).published == expected, name


def test_feed_dates_authors_and_updated_only_entries(tmp_path):
    atom = tmp_path / "updates.atom"
    atom.write_text(
        "<feed xmlns='http://www.w3.org/2005/Atom'><title>A</title>"
        "<entry><title>Only updated</title><id>https://e.org/u1</id><updated>2025-07-08T23:30:00-05:00</updated>"
        "<author><name>Imogen Farrant</name></author><summary>Quota story.</summary></entry></feed>",
        encoding="utf-8")
    entry = only_article(read(atom))
    assert (entry.published, entry.author, entry.source_url) == ("2025-07-09", "Imogen Farrant", "https://e.org/u1")


def test_feed_declaring_entities_is_refused(tmp_path):
    feed = tmp_path / "bomb.rss"
    feed.write_text("<?xml version='1.0'?><!DOCTYPE rss [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;'>]>"
                    "<rss version='2.0'><channel><item><description>&b;</description></item></channel></rss>",
                    encoding="utf-8")
    [error] = read(feed)
    assert isinstance(error, ReadError) and "entities" in error.reason


def test_html_page_with_no_main_text_is_a_clear_error(tmp_path):
    page = tmp_path / "menu.html"
    page.write_text("<html><body><nav><a href='/'>Home</a> <a href='/b'>Business</a></nav></body></html>",
                    encoding="utf-8")
    [error] = read(page)
    assert isinstance(error, ReadError) and "no article text" in error.reason
