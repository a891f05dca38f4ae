"""A new office's site from the official list of units: `init`, then `import units` with the
real list of the 34 provinces and 3,321 communes since 1 July 2025 (the `vietnam-provinces`
package), written as the statistics office exports it, then a build."""
import csv
import json
import os
import subprocess

import pytest
import vietnam_provinces  # installed by `make test` (Tests/site/requirements.txt)
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import StaticServer, front_matter, heavy_pages
from test_browser import browser, resize  # noqa: F401 (the headless Chromium fixture)


HEADER = ["Tỉnh / Thành phố", "Mã TP", "Phường / Xã", "Mã PX", "Cấp"]


def province_name(p):
    """The province as the statistics office names it: "Tỉnh Tây Ninh", "Thành phố Hà Nội"."""
    kind = "Thành phố" if p.division_type.value.startswith("thành phố") else "Tỉnh"
    return p.name if p.name.startswith(kind + " ") else f"{kind} {p.name}"


@pytest.fixture(scope="module")
def official_list(tmp_path_factory):
    provinces = {int(p.code.value): p for p in vietnam_provinces.Province.iter_all()}
    rows = []
    for w in vietnam_provinces.Ward.iter_all():
        p = provinces[int(w.province_code.value if hasattr(w.province_code, "value") else w.province_code)]
        rows.append([province_name(p), f"{int(p.code.value):02d}", w.name, f"{int(w.code):05d}", w.division_type.value.capitalize()])
    path = tmp_path_factory.mktemp("list") / "danh-sach-don-vi.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path, rows


def run(*args, env=None):
    binary = os.environ.get("MINHBACH_BIN")
    if not binary:
        pytest.fail("MINHBACH_BIN is not set: run these tests through `make test`")
    done = subprocess.run([binary, *args, "--lang", "en"], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def new_site(folder, list_path, *init_args, province=None):
    run("init", str(folder), *init_args)
    extra = ["--province", province] if province else []
    dry = run("import", "units", str(list_path), "--content", str(folder / "Content"), *extra)
    assert "Nothing written" in dry
    run("import", "units", str(list_path), "--content", str(folder / "Content"), "--write", *extra)
    return {p.stem: front_matter(p) for p in (folder / "Content" / "units").glob("*.md")}


@pytest.fixture(scope="module")
def national(official_list, tmp_path_factory):
    """The whole country's site: `init`, `import units` of the official list, a build."""
    list_path, rows = official_list
    work = tmp_path_factory.mktemp("ca-nuoc")
    site = work / "ca-nuoc"
    units = new_site(site, list_path, "--root-name", "Việt Nam", "--root-kind", "quốc gia", "--base-url", "https://example.vn/")
    env = dict(os.environ, XDG_CACHE_HOME=str(work / "cache"))
    run("build", "--content", str(site / "Content"), "--output", str(site / "Site"), env=env)
    return dict(site=site, units=units, rows=rows, list_path=list_path)


def test_the_whole_country_gets_a_unit_and_a_page_for_every_commune(national):
    units, rows, site = national["units"], national["rows"], national["site"]
    assert len(rows) == 3321
    communes = {s: u for s, u in units.items() if u["kind"] in ("phường", "xã", "đặc khu")}
    provinces = {s: u for s, u in units.items() if u["kind"] in ("tỉnh", "thành phố")}
    assert len(communes) == 3321
    assert len(provinces) == 34
    # Every official code once: no commune lost or doubled by the slugs.
    assert sorted(u["code"] for u in communes.values()) == sorted(r[3] for r in rows)
    assert all(u["parent"] in provinces for u in communes.values())
    # The communes named "Xã Tân An" are told apart, by their province.
    tan_an = sorted(s for s, u in communes.items() if u["name"] == "Xã Tân An")
    assert len(tan_an) >= 2 and len(set(tan_an)) == len(tan_an)
    missing = [s for s in units if not (site / "Site" / "don-vi" / s / "index.html").is_file()]
    assert missing == []


def test_a_second_import_of_the_same_list_writes_nothing(national):
    site = national["site"]
    before = {p.name: p.read_bytes() for p in (site / "Content" / "units").glob("*.md")}
    out = run("import", "units", str(national["list_path"]), "--content", str(site / "Content"), "--write")
    assert "Wrote 0 files." in out
    assert {p.name: p.read_bytes() for p in (site / "Content" / "units").glob("*.md")} == before


def test_every_page_of_the_national_site_stays_light(national):
    site = national["site"] / "Site"
    assert heavy_pages(site) == []
    # /don-vi/ lists the provinces, each linking to its page, which lists its communes.
    units_page = (site / "don-vi" / "index.html").read_text(encoding="utf-8")
    provinces = [s for s, u in national["units"].items() if u["kind"] in ("tỉnh", "thành phố")]
    assert all(f'href="../don-vi/{s}/index.html"' in units_page for s in provinces)
    tay_ninh = (site / "don-vi" / "tay-ninh" / "index.html").read_text(encoding="utf-8")
    assert 'don-vi/thanh-dien/index.html"' in tay_ninh


def test_the_search_list_names_every_unit_and_its_page(national):
    site = national["site"] / "Site"
    listed = json.loads((site / "don-vi" / "tim-kiem.json").read_text(encoding="utf-8"))
    assert len(listed) == len(national["units"]) - 1   # all but the root
    assert all((site / "don-vi" / href).is_file() for _, _, href in listed)
    assert ["Phường Thanh Điền", "Tỉnh Tây Ninh", "thanh-dien/index.html"] in listed
    assert (site / "don-vi" / "tim-kiem.json").stat().st_size < 250_000


def test_the_unit_search_finds_a_commune_of_the_national_site(national, browser):
    server = StaticServer(national["site"] / "Site")
    try:
        resize(browser, 390, 844)
        browser.get(server.url + "don-vi/index.html")
        field = browser.find_element(By.ID, "unit-search-input")
        assert field.is_displayed()
        field.send_keys("thanh dien")
        WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.CSS_SELECTOR, "#unit-search-results li"))
        found = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "#unit-search-results li")]
        assert "Phường Thanh Điền – Tỉnh Tây Ninh" in found
        link = browser.find_element(By.LINK_TEXT, "Phường Thanh Điền")
        link.click()
        assert browser.find_element(By.TAG_NAME, "h1").text == "Phường Thanh Điền"
    finally:
        server.close()


def test_the_home_page_search_finds_a_commune_of_the_national_site(national, browser):
    server = StaticServer(national["site"] / "Site")
    try:
        resize(browser, 390, 844)
        browser.get(server.url + "index.html")
        field = browser.find_element(By.ID, "unit-search-input")
        assert field.is_displayed()
        field.send_keys("thanh dien")
        WebDriverWait(browser, 10).until(
            lambda b: "Phường Thanh Điền – Tỉnh Tây Ninh" in [li.text for li in b.find_elements(By.CSS_SELECTOR, "#unit-search-results li")])
        browser.find_element(By.LINK_TEXT, "Phường Thanh Điền").click()
        assert browser.current_url == server.url + "don-vi/thanh-dien/index.html"
        assert browser.find_element(By.TAG_NAME, "h1").text == "Phường Thanh Điền"
    finally:
        server.close()


def test_opened_from_the_disk_the_national_search_says_it_needs_a_server(national, browser):
    site = national["site"] / "Site"
    resize(browser, 390, 844)
    for page, points_to in [("don-vi/index.html", "see the list of units below."), ("index.html", "see the “Units” page.")]:
        browser.get((site / page).as_uri())
        box = browser.find_element(By.ID, "unit-search")
        assert box.is_displayed() and not box.find_element(By.TAG_NAME, "input").is_enabled(), page
        said = box.find_element(By.TAG_NAME, "output").text
        assert said.startswith("The search works only when the site is served by a web server") and said.endswith(points_to), said


def test_the_same_list_gives_the_same_slugs_in_any_order(official_list, tmp_path):
    list_path, rows = official_list
    reversed_list = tmp_path / "dao-nguoc.csv"
    with reversed_list.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(reversed(rows))
    first = new_site(tmp_path / "a", list_path, "--root-name", "Việt Nam", "--root-kind", "quốc gia")
    second = new_site(tmp_path / "b", reversed_list, "--root-name", "Việt Nam", "--root-kind", "quốc gia")
    assert {s: u["code"] for s, u in first.items() if "code" in u} == {s: u["code"] for s, u in second.items() if "code" in u}


def test_a_province_site_holds_its_96_communes(official_list, tmp_path):
    list_path, _ = official_list
    site = tmp_path / "tay-ninh"
    units = new_site(site, list_path, "--root-name", "Tỉnh Tây Ninh", province="80")
    communes = {s: u for s, u in units.items() if u["kind"] in ("phường", "xã", "đặc khu")}
    assert len(communes) == 96
    assert all(u["parent"] == "tay-ninh" for u in communes.values())
    assert "thanh-dien" in communes and communes["thanh-dien"]["name"] == "Phường Thanh Điền"
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    run("build", "--content", str(site / "Content"), "--output", str(site / "Site"), env=env)
    assert (site / "Site" / "don-vi" / "thanh-dien" / "index.html").is_file()
