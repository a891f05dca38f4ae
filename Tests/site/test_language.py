"""No English on the Vietnamese site and no Vietnamese on the English one.

The interface is what the theme writes: its i18n strings and its templates' own words. What
the editors wrote (unit names, the index's names, notices, pages) is Vietnamese on both sites
and is not interface, so it is set aside before the scan: every text of Content/'s YAML and
front matter is blanked out of the page, markdown bodies (always inside `.prose`) are skipped,
and so are `<code>` (file and column names, values as written in the files) and scripts.
What is left must hold no word of the other language: on a Vietnamese page no word that only
en.yaml uses (nor a known leak), on an English page no Vietnamese letter at all (a Vietnamese
word without one, such as "do" or "theo", may be English too).
"""
import os
import pathlib
import re
import shutil
import subprocess

import lxml.etree
import lxml.html
import pytest
import yaml

from conftest import REPO, front_matter, html_pages

I18N = REPO / "Sources" / "MinhBachTheme" / "Theme" / "i18n"
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
VIETNAMESE_LETTER = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)
# Names that are the same in both languages: formats, programs, the project.
NEUTRAL = {"csv", "json", "atom", "excel", "utf", "bom", "xml", "minhbach", "tthc", "qđ", "ttg", "ubnd"}
# English that once reached the Vietnamese site outside en.yaml, or that en.yaml spells differently.
KNOWN_ENGLISH = {"slug", "sample", "menu", "published", "computed", "true", "false", "navigation", "skip",
                 "breadcrumb", "breadcrumbs", "toggle", "close"}
# What an interface text says to a person: shown text and the attributes read aloud or shown.
READ_ATTRIBUTES = ("aria-label", "title", "alt", "placeholder", "data-offline", "data-template")


def words(text):
    """The words of an i18n string, leaving out {placeholders} and `values in backticks`."""
    text = re.sub(r"\{[a-z_]+\}|`[^`]*`", " ", text)
    return {w.casefold() for w in WORD.findall(text) if len(w) > 1}


def interface_words(language):
    strings = yaml.safe_load((I18N / f"{language}.yaml").read_text(encoding="utf-8"))
    return set().union(*(words(v) for v in strings.values())) - NEUTRAL


def editorial_texts(content):
    """Every text the editors wrote in YAML: site.yaml, index.yaml, front matter of every file."""
    found = set()

    def walk(node):
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str) and (" " in node.strip() or re.search(r"[^\x00-\x7f]", node)):
            found.add(" ".join(node.split()))

    for path in content.rglob("*.yaml"):
        walk(yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader))
    for path in content.rglob("*.md"):
        walk(front_matter(path))
    # Longest first, so that a name inside a longer text is not blanked out on its own first.
    return sorted(found, key=len, reverse=True)


def interface_text(html, editorial):
    """The page's text and read-aloud attributes, without what the editors wrote."""
    tree = lxml.html.fromstring(html)
    for skipped in tree.xpath("//script | //style | //code | //*[contains(concat(' ', @class, ' '), ' prose ')]"):
        skipped.drop_tree()
    pieces = [t for t in tree.xpath("//text()")]
    pieces += [e.get(a) for e in tree.iter() if isinstance(e.tag, str) for a in READ_ATTRIBUTES if e.get(a)]
    # A script's template ("{count} đơn vị phù hợp") names its placeholder in English: the
    # script replaces it, no reader sees it.
    pieces = [re.sub(r"\{\w+\}", " ", p) for p in pieces]
    pieces += tree.xpath("//meta[@name='description' or @property='og:title' or @property='og:description']/@content")
    return blank_out(" \n ".join(" ".join(p.split()) for p in pieces), editorial)


def feed_text(xml, editorial):
    tree = lxml.etree.fromstring(xml)
    atom = "{http://www.w3.org/2005/Atom}"
    pieces = [e.text or "" for tag in ("title", "subtitle", "summary") for e in tree.iter(atom + tag)]
    return blank_out(" \n ".join(" ".join(p.split()) for p in pieces), editorial)


def blank_out(text, editorial):
    for piece in editorial:
        text = text.replace(piece, " ")
    return text


def english_leaks(text, english):
    return sorted({w for w in WORD.findall(text) if w.casefold() in english})


def vietnamese_leaks(text):
    return sorted({w for w in WORD.findall(text) if VIETNAMESE_LETTER.search(w)})


@pytest.fixture(scope="session")
def english_site(content, tmp_path_factory):
    """The sample built with `language: en`: the same content, the English interface."""
    binary = os.environ.get("MINHBACH_BIN")
    if not binary:
        pytest.fail("MINHBACH_BIN is not set: run these tests through `make test`")
    folder = tmp_path_factory.mktemp("english")
    shutil.copytree(content, folder / "Content")
    site_yaml = folder / "Content" / "site.yaml"
    text = site_yaml.read_text(encoding="utf-8")
    assert re.search(r"(?m)^language: vi$", text)
    site_yaml.write_text(re.sub(r"(?m)^language: vi$", "language: en", text), encoding="utf-8")
    done = subprocess.run([binary, "build", "--content", str(folder / "Content"), "--output", str(folder / "Site")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return folder / "Site"


@pytest.fixture(scope="session")
def english():
    found = (interface_words("en") - interface_words("vi")) | KNOWN_ENGLISH
    # Guards against a scan that finds nothing to look for.
    assert {"rank", "points", "units", "sample", "slug"} <= found and len(found) > 250
    return found


def leaks_on_every_page(folder, scan):
    found = {}
    for page in html_pages(folder):
        bad = scan(page.read_text(encoding="utf-8"))
        if bad:
            found[str(page.relative_to(folder))] = bad
    return found


def test_the_vietnamese_site_has_no_english_interface_words(site, content, english):
    editorial = editorial_texts(content)
    pages = leaks_on_every_page(site, lambda html: english_leaks(interface_text(html, editorial), english))
    assert pages == {}
    feeds = {str(f.relative_to(site)): english_leaks(feed_text(f.read_bytes(), editorial), english)
             for f in site.rglob("feed.xml")}
    assert {f: bad for f, bad in feeds.items() if bad} == {}


def test_the_english_site_has_no_vietnamese_interface_words(english_site, content):
    editorial = editorial_texts(content)
    assert len(html_pages(english_site)) > 80
    pages = leaks_on_every_page(english_site, lambda html: vietnamese_leaks(interface_text(html, editorial)))
    assert pages == {}
    feeds = {str(f.relative_to(english_site)): vietnamese_leaks(feed_text(f.read_bytes(), editorial))
             for f in english_site.rglob("feed.xml")}
    assert {f: bad for f, bad in feeds.items() if bad} == {}


def test_the_english_site_says_it_is_english(english_site):
    for page in html_pages(english_site):
        assert '<html lang="en">' in page.read_text(encoding="utf-8"), page


@pytest.mark.parametrize("html, leaks", [
    ('<p>Mã rút gọn (slug) của đơn vị</p>', ["slug"]),
    ('<p>dữ liệu minh họa (sample)</p>', ["sample"]),
    ('<nav aria-label="Main navigation"></nav>', ["Main", "navigation"]),
    ('<p><code>rank_source</code>: <code>published</code></p>', []),
    ('<section class="prose"><p>Total rank</p></section><p>Phường Long Hoa: 88,45 điểm</p>', []),
])
def test_the_scan_finds_english_outside_code_and_editors_text(html, leaks, english):
    assert english_leaks(interface_text(html, ["Phường Long Hoa"]), english) == leaks


@pytest.mark.parametrize("html, leaks", [
    ('<details><summary>Danh mục</summary></details>', ["mục"]),
    ('<nav aria-label="Vị trí trang"></nav>', ["Vị", "trí"]),
    ('<p>Ranking, June 2023 – Phường Long Hoa</p><section class="prose"><p>Tổng điểm</p></section>', []),
])
def test_the_scan_finds_vietnamese_outside_the_editors_text(html, leaks):
    assert vietnamese_leaks(interface_text(html, ["Phường Long Hoa"])) == leaks
