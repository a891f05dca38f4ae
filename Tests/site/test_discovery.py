"""Feeds, sitemap, robots.txt and page metadata: well-formed, complete, absolute from base_url."""
import json
import pathlib
import re
import xml.etree.ElementTree as ET

from lxml import etree

from conftest import front_matter, html_pages

ATOM = "{http://www.w3.org/2005/Atom}"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
SCHEMAS = pathlib.Path(__file__).parent / "schemas"


def test_site_feed_has_one_entry_per_month_with_content_dates(site, content, base_url):
    feed = ET.parse(site / "feed.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    for required in ["title", "id", "updated", "author"]:
        assert feed.find(f"{ATOM}{required}") is not None, required
    entries = feed.findall(f"{ATOM}entry")
    months = sorted((p.name for p in (content / "results").iterdir() if p.name[5:].isdigit()), reverse=True)
    links = [e.find(f"{ATOM}link").get("href") for e in entries]
    # The recorded second quarter of 2023 has its entry too, just before June's, the month it ends with.
    quarter = f"{base_url}2023/quy-2/"
    assert links[links.index(f"{base_url}2023/06/") - 1] == quarter
    links.remove(quarter)
    assert links == [f"{base_url}{m[:4]}/{m[5:]}/" for m in months]
    ids = [e.find(f"{ATOM}id").text for e in entries]
    assert len(set(ids)) == len(ids)
    by_month = {e.find(f"{ATOM}link").get("href")[len(base_url):].rstrip("/").replace("/", "-"): e for e in entries}
    def updated(month):
        return by_month[month].find(f"{ATOM}updated").text
    # June's newest content is Hiệp Tân's notice of 05/07/2023, later than the month's as_of.
    june = front_matter(content / "results" / "2023-06" / "hiep-tan.md")
    assert june["document"]["date"] == "2023-07-05"
    assert updated("2023-06") == "2023-07-05T00:00:00+07:00"
    assert updated("2023-05") == "2023-06-08T00:00:00+07:00"  # May's appendix, 08/06/2023
    for month in ["2023-04", "2026-03"]:
        as_of = front_matter(content / "results" / month / "_index.md")["as_of"]
        assert updated(month) == as_of.replace(" ", "T") + ":00+07:00"
    assert "7. Phường Hiệp Tân: 69,81 điểm" in by_month["2023-06"].find(f"{ATOM}summary").text
    assert feed.find(f"{ATOM}updated").text == max(e.find(f"{ATOM}updated").text for e in entries)


def test_each_unit_has_a_feed_of_its_months(site, base_url):
    feed = ET.parse(site / "don-vi" / "hiep-tan" / "feed.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 8
    # July 2023 is the illustrative follow-up of June's commitments; then the recorded second
    # quarter, which ends with June; June is the notice.
    assert entries[0].find(f"{ATOM}id").text == f"{base_url}don-vi/hiep-tan/2023-07/"
    assert entries[1].find(f"{ATOM}id").text == f"{base_url}don-vi/hiep-tan/2023-q2/"
    first = entries[2]
    assert first.find(f"{ATOM}id").text == f"{base_url}don-vi/hiep-tan/2023-06/"
    assert first.find(f"{ATOM}updated").text == "2023-07-05T00:00:00+07:00"  # the notice's date, after as_of
    assert "69,81/100 điểm, xếp hạng 7/8" in first.find(f"{ATOM}summary").text


def test_sitemap_is_valid_and_lists_every_page(site, base_url):
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "sitemap.xsd")))
    document = etree.parse(str(site / "sitemap.xml"))
    schema.assertValid(document)
    listed = {loc.text for loc in document.iter(f"{SM}loc")}
    pages = set()
    for page in html_pages(site):
        if page.name == "index.html":
            path = str(page.relative_to(site).parent)
            pages.add(base_url + ("" if path == "." else path + "/"))
    assert listed == pages
    lastmods = {url.find(f"{SM}loc").text: url.find(f"{SM}lastmod").text for url in document.iter(f"{SM}url")}
    assert lastmods[f"{base_url}don-vi/hiep-tan/2023-06/"] == "2023-07-05"
    assert lastmods[f"{base_url}2023/02/"] == "2023-02-28"


def test_the_sitemap_schema_rejects_a_bad_sitemap():
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "sitemap.xsd")))
    bad = etree.fromstring(b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                           b'<url><lastmod>30/06/2023</lastmod><loc>https://example.vn/</loc></url></urlset>')
    assert not schema.validate(bad)


def test_robots_points_to_the_sitemap(site, base_url):
    assert f"Sitemap: {base_url}sitemap.xml" in (site / "robots.txt").read_text(encoding="utf-8")


def test_every_page_has_canonical_description_and_open_graph(site, base_url):
    for page in html_pages(site):
        html = page.read_text(encoding="utf-8")
        assert re.search(r'<meta name="description" content="[^"]{20,}">', html), page
        if page.name == "404.html":
            continue
        path = str(page.relative_to(site).parent)
        url = base_url + ("" if path == "." else path + "/")
        assert f'<link rel="canonical" href="{url}">' in html, page
        assert f'<meta property="og:url" content="{url}">' in html, page
        assert '<meta property="og:title" content="' in html
        assert '<meta property="og:description" content="' in html


def test_the_data_page_describes_a_schema_org_dataset(site, base_url):
    html = (site / "du-lieu" / "index.html").read_text(encoding="utf-8")
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(block)
    assert data["@type"] == "Dataset"
    assert data["url"] == base_url + "du-lieu/"
    assert {d["contentUrl"] for d in data["distribution"]} == {base_url + "du-lieu/ket-qua.csv", base_url + "du-lieu/ket-qua.json"}
    assert data["temporalCoverage"] == "2023-01-01/2026-03-31"
    assert "so-hoa-ho-so" in data["variableMeasured"]


def test_with_a_sub_path_every_absolute_address_starts_with_it(subpath_site):
    folder, base = subpath_site
    checked = 0
    for path in list(folder.rglob("*.xml")) + list(folder.rglob("*.html")) + [folder / "robots.txt"]:
        text = path.read_text(encoding="utf-8")
        for url in re.findall(r'(?:href="|content="|<loc>|<id>|Sitemap: )(https?://[^"<\s]+)', text):
            if "dichvucong.gov.vn" in url or "schema.org" in url or "w3.org" in url:
                continue
            assert url.startswith(base), f"{path}: {url}"
            checked += 1
    assert checked > 300
