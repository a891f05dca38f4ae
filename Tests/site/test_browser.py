"""The pages in a real browser (headless Chromium) at a phone's and a desktop's size."""
import base64
import os
import pathlib
import re
import shutil

import pytest
from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import StaticServer

SCREENSHOTS = pathlib.Path(__file__).resolve().parents[2] / ".screenshots"
PAGES = {"home": "", "month": "2023/06/", "unit": "don-vi/hiep-tan/", "report": "don-vi/hiep-tan/2023-06/"}
SIZES = {"phone": (390, 844), "desktop": (1280, 800)}
# A parent's pages, with the map of its units before their ranking (Charts+Map.swift).
PAGES.update({"parent": "don-vi/hoa-thanh/", "parent-report": "don-vi/hoa-thanh/2023-06/"})


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def resize(driver, width, height):
    # The window's outer size includes no chrome in headless mode; check the viewport anyway.
    driver.set_window_size(width, height)
    inner = driver.execute_script("return window.innerWidth")
    if inner != width:
        driver.set_window_size(width + (width - inner), height)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("page", PAGES)
def test_page_fits_and_has_no_console_errors(browser, served, page, size):
    width, height = SIZES[size]
    resize(browser, width, height)
    browser.get_log("browser")  # drop earlier messages
    browser.get(served + PAGES[page] + "index.html")
    assert browser.execute_script("return document.readyState") == "complete"
    overflow = browser.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px at {width}px"
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == [], errors
    SCREENSHOTS.mkdir(exist_ok=True)
    height_px = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(width, min(height_px, 6000))
    browser.save_screenshot(str(SCREENSHOTS / f"{page}-{width}.png"))


def rows(browser):
    return [r.find_element(By.CSS_SELECTOR, "th").text for r in browser.find_elements(By.CSS_SELECTOR, "table.ranking tbody tr")]


def test_sorting_a_table_by_a_column_reorders_its_rows(browser, served):
    resize(browser, 1280, 800)
    browser.get(served + "2023/06/index.html")
    assert rows(browser)[0].startswith("Phường Long Hoa")
    header = browser.find_elements(By.CSS_SELECTOR, "table.ranking thead th")[2]
    header.find_element(By.TAG_NAME, "button").click()
    assert header.get_attribute("aria-sort") == "ascending"
    order = rows(browser)
    assert order[0].startswith("Xã Trường Tây") and order[1].startswith("Phường Hiệp Tân")
    header.find_element(By.TAG_NAME, "button").click()
    assert header.get_attribute("aria-sort") == "descending"
    assert rows(browser)[0].startswith("Phường Long Hoa")
    unit = browser.find_elements(By.CSS_SELECTOR, "table.ranking thead th")[1]
    unit.find_element(By.TAG_NAME, "button").click()
    assert rows(browser)[0].startswith("Phường Hiệp Tân")


def visible_units(browser):
    return [a.text for a in browser.find_elements(By.CSS_SELECTOR, ".tree li > a") if a.is_displayed()]


def test_unit_search_filters_while_typing_ignoring_case_and_diacritics(browser, served):
    resize(browser, 390, 844)
    browser.get(served + "don-vi/index.html")
    field = browser.find_element(By.ID, "unit-search-input")
    assert field.is_displayed()
    assert len(visible_units(browser)) == 12
    field.send_keys("hiep tan")
    assert visible_units(browser) == ["Thị xã Hòa Thành", "Phường Hiệp Tân"]
    assert "1" in browser.find_element(By.CSS_SELECTOR, "#unit-search output").text
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys("DONG")
    assert visible_units(browser) == ["Thị xã Hòa Thành", "Xã Trường Đông"]
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(Keys.BACKSPACE)
    assert len(visible_units(browser)) == 12


def test_without_javascript_the_search_box_stays_hidden_and_the_tree_complete(site):
    html = (site / "don-vi" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<div id="unit-search" class="unit-search" hidden>', html)
    assert html.count("<li data-search=") == 12
    home = (site / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<div id="unit-search" class="unit-search" data-index="don-vi/tim-kiem.json" data-offline="[^"]+" hidden>', home)
    assert '<a href="don-vi/index.html">Đơn vị</a>' in home


def search_results(browser):
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.CSS_SELECTOR, "#unit-search-results li"))
    return [li.text for li in browser.find_elements(By.CSS_SELECTOR, "#unit-search-results li")]


def test_the_home_page_search_finds_a_unit_and_links_to_its_page(browser, served):
    resize(browser, 390, 844)
    browser.get(served + "index.html")
    field = browser.find_element(By.ID, "unit-search-input")
    assert field.is_displayed()
    field.send_keys("hiep tan")
    assert search_results(browser) == ["Phường Hiệp Tân – Thị xã Hòa Thành"]
    assert "1" in browser.find_element(By.CSS_SELECTOR, "#unit-search output").text
    browser.find_element(By.LINK_TEXT, "Phường Hiệp Tân").click()
    assert browser.current_url == served + "don-vi/hiep-tan/index.html"
    assert browser.find_element(By.TAG_NAME, "h1").text == "Phường Hiệp Tân"


OFFLINE_HOME = "Tìm kiếm chỉ hoạt động khi trang được đưa lên máy chủ web; hãy xem trang “Đơn vị”."


def test_opened_from_the_disk_the_home_page_search_says_it_needs_a_server(browser, site):
    resize(browser, 390, 844)
    browser.get((site / "index.html").as_uri())
    box = browser.find_element(By.ID, "unit-search")
    field = box.find_element(By.TAG_NAME, "input")
    assert box.is_displayed() and not field.is_enabled()
    assert box.find_element(By.TAG_NAME, "output").text == OFFLINE_HOME
    # /don-vi/ holds the whole tree of a small site: its search works from the disk too.
    browser.get((site / "don-vi" / "index.html").as_uri())
    browser.find_element(By.ID, "unit-search-input").send_keys("hiep tan")
    assert visible_units(browser) == ["Thị xã Hòa Thành", "Phường Hiệp Tân"]


def test_when_the_list_cannot_be_fetched_the_search_box_says_so(browser, site, tmp_path):
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    (copy / "don-vi" / "tim-kiem.json").unlink()
    server = StaticServer(copy)
    try:
        resize(browser, 390, 844)
        browser.get(server.url + "index.html")
        field = browser.find_element(By.ID, "unit-search-input")
        field.send_keys("hiep tan")
        output = browser.find_element(By.CSS_SELECTOR, "#unit-search output")
        WebDriverWait(browser, 10).until(lambda b: output.text == OFFLINE_HOME)
        assert browser.find_element(By.ID, "unit-search").is_displayed() and not field.is_enabled()
    finally:
        server.close()


@pytest.mark.parametrize("page", list(PAGES) + ["units"])
def test_axe_finds_no_serious_or_critical_violations(browser, served, page):
    resize(browser, 390, 844)
    browser.get(served + (PAGES.get(page, "don-vi/")) + "index.html")
    axe = Axe(browser)
    axe.inject()
    results = axe.run()
    bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in results["violations"]
           if v["impact"] in ("serious", "critical")]
    assert bad == []


def test_a_units_monthly_report_prints_on_one_a4_page(browser, served):
    browser.get(served + "don-vi/hiep-tan/2023-06/index.html")
    pdf = browser.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "printBackground": False})
    data = base64.b64decode(pdf["data"])
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert pages == 1, f"the report prints on {pages} pages"


@pytest.mark.parametrize("width", [360, 390, 1280])
def test_the_map_of_a_parents_units_fits_and_draws_a_dot_for_each(browser, served, width):
    resize(browser, width, 900)
    # June 2023, the eight wards (the parent's own page maps its latest month, three wards).
    browser.get(served + PAGES["parent-report"] + "index.html")
    drawn = browser.execute_script("""
        const svg = document.querySelector('svg.map'), box = svg.closest('figure').getBoundingClientRect();
        const r = svg.getBoundingClientRect();
        return {dots: [...svg.querySelectorAll('circle')].filter(c => c.getBoundingClientRect().width >= 8).length,
                left: r.left - box.left, right: box.right - r.right, width: r.width, height: r.height,
                titles: [...svg.querySelectorAll('circle > title')].map(t => t.textContent),
                keys: [...document.querySelectorAll('.map-legend li')].map(li => li.textContent)};""")
    assert drawn["dots"] == 8, drawn
    assert drawn["left"] >= 0 and drawn["right"] >= 0 and 250 <= drawn["width"] <= 420 and drawn["height"] > 150
    assert "Phường Hiệp Tân: 69,81 điểm" in drawn["titles"]
    assert drawn["keys"][0].startswith("● Phần tư cao nhất: 2 đơn vị")


# Every kind of page, at a small phone's width, a common phone's and a desktop's (issue 17).
EVERY_KIND = {"home": "index.html", "month": "2023/06/index.html", "year": "2023/index.html",
              "archive": "luu-tru/index.html", "units": "don-vi/index.html", "parent": "don-vi/hoa-thanh/index.html",
              "unit": "don-vi/hiep-tan/index.html", "report": "don-vi/hiep-tan/2023-06/index.html",
              "parent-report": "don-vi/hoa-thanh/2023-06/index.html", "index": "chi-so/index.html",
              "group": "chi-so/cong-khai-minh-bach/index.html", "data": "du-lieu/index.html",
              "page": "phuong-phap/index.html", "not-found": "404.html"}
WIDTHS = [360, 390, 1280]

# What does not fit, as a reader would see it: tables wider than their box, anything reaching
# past the viewport's edges (outside a scrolling box), and chart text drawn under 12 px (the
# text's size in the view box times the scale at which the chart is drawn).
WHAT_DOES_NOT_FIT = """
const vw = document.documentElement.clientWidth, out = {tables: [], wide: [], small: []};
for (const t of document.querySelectorAll("table")) {
  const box = t.closest(".table-scroll") || t.parentElement, w = t.getBoundingClientRect().width;
  if (w > box.clientWidth + 0.5) out.tables.push([t.caption ? t.caption.textContent.trim() : t.className, Math.round(w), box.clientWidth]);
}
for (const e of document.body.querySelectorAll("*")) {
  const r = e.getBoundingClientRect();
  if (r.width > 0 && (r.right > vw + 0.5 || r.left < -0.5) && !e.closest(".table-scroll, .visually-hidden, .skip"))
    out.wide.push([e.tagName + "." + e.className, Math.round(r.left), Math.round(r.right)]);
}
for (const svg of document.querySelectorAll("svg")) {
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  for (const t of svg.querySelectorAll("text")) {
    const px = parseFloat(getComputedStyle(t).fontSize) * scale;
    if (px < 12) out.small.push([t.textContent, Math.round(px * 10) / 10]);
  }
}
return out;
"""


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", EVERY_KIND)
def test_every_kind_of_page_fits_at_every_width(browser, served, kind, width):
    expect_fits(browser, served + EVERY_KIND[kind], width, f"{kind}-{width}")


def expect_fits(browser, url, width, name):
    """The page at `width` px: nothing too wide, no chart text under 12 px, no console error;
    its screenshot kept as `.screenshots/<name>.png`."""
    resize(browser, width, 800)
    browser.get_log("browser")
    browser.get(url)
    problems = browser.execute_script(WHAT_DOES_NOT_FIT)
    assert problems == {"tables": [], "wide": [], "small": []}, f"{name}"
    assert [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"] == []
    SCREENSHOTS.mkdir(exist_ok=True)
    browser.set_window_size(browser.get_window_size()["width"], min(browser.execute_script("return document.documentElement.scrollHeight"), 6000))
    browser.save_screenshot(str(SCREENSHOTS / f"{name}.png"))


def visible_headers(browser, table):
    return [th.text.replace("⇅", "").split("\n")[0].strip() for th in browser.find_elements(By.CSS_SELECTOR, table + " thead th")
            if th.is_displayed()]


def test_a_ranking_on_a_phone_shows_rank_unit_total_and_change_each_row_leading_to_the_report(browser, served):
    resize(browser, 360, 800)
    browser.get(served + "2023/06/index.html")
    assert visible_headers(browser, "table.ranking") == ["Hạng", "Đơn vị", "Tổng điểm", "So với tháng trước"]
    trs = browser.find_elements(By.CSS_SELECTOR, "table.ranking tbody tr")
    assert len(trs) == 8
    for row in trs:
        unit = row.find_element(By.CSS_SELECTOR, "th a").get_attribute("href")
        assert row.find_element(By.CSS_SELECTOR, "td.num a").get_attribute("href") == unit.replace("/index.html", "/2023-06/index.html")
    note = browser.find_element(By.CSS_SELECTOR, ".groups-elsewhere")
    assert note.is_displayed() and "bấm vào tổng điểm" in note.text
    assert not browser.find_element(By.CSS_SELECTOR, ".group-legend").is_displayed()
    # Sorting still works on a phone.
    total = browser.find_elements(By.CSS_SELECTOR, "table.ranking thead th")[2]
    total.find_element(By.TAG_NAME, "button").click()
    assert rows(browser)[0].startswith("Xã Trường Tây")


GROUPS = {"Công khai": "Công khai, minh bạch", "Tiến độ": "Tiến độ, kết quả giải quyết",
          "Dịch vụ công": "Dịch vụ công trực tuyến", "Thanh toán": "Thanh toán trực tuyến",
          "Hài lòng": "Mức độ hài lòng", "Số hóa": "Số hóa hồ sơ"}


@pytest.mark.parametrize("page, table", [("2023/06/", "table.ranking"), ("don-vi/hiep-tan/", "table.history")])
def test_on_a_wide_screen_every_group_has_its_column_under_a_short_heading_named_in_full(browser, served, page, table):
    resize(browser, 1280, 800)
    browser.get(served + page + "index.html")
    headers = visible_headers(browser, table)
    assert [h.split(" /")[0] for h in headers[4:]] == list(GROUPS)
    titles = [a.get_attribute("title") for a in browser.find_elements(By.CSS_SELECTOR, table + " thead abbr")]
    assert titles == list(GROUPS.values())
    legend = browser.find_element(By.CSS_SELECTOR, ".group-legend")
    assert legend.is_displayed() and all(f"{short} – {full}" in legend.text for short, full in GROUPS.items())
    assert not browser.find_element(By.CSS_SELECTOR, ".groups-elsewhere").is_displayed()


def test_a_report_on_a_phone_stacks_its_labels_and_folds_the_indicators_it_lacks(browser, served):
    resize(browser, 360, 800)
    browser.get(served + "don-vi/hiep-tan/2023-06/index.html")
    # Label above value: the document's date is whole, on the line under its label.
    dt = browser.find_element(By.XPATH, "//section[@class='sources']//dt[1]")
    dd = browser.find_element(By.XPATH, "//section[@class='sources']//dd[1]")
    assert dd.location["y"] > dt.location["y"] and dd.size["width"] > 300
    assert "ngày 05/07/2023" in dd.text
    # One indicator has a value: one row, and one line naming the seven the notice does not give.
    rows = browser.find_elements(By.CSS_SELECTOR, "table.indicators tbody tr")
    assert [r.text.split("\n")[0] for r in rows] == ["Số lượng hồ sơ xử lý quá hạn 1 hồ sơ"]
    assert rows[0].find_element(By.CSS_SELECTOR, ".better").text == "thấp hơn là tốt hơn"
    folded = browser.find_element(By.XPATH, "//table[contains(@class, 'indicators')]/../following-sibling::p[1]")
    assert folded.text.startswith("Không công bố: Công khai, minh bạch; Tỷ lệ hồ sơ nộp trực tuyến;")


def test_the_history_chart_says_months_and_ranks_in_words(browser, served):
    resize(browser, 360, 800)
    browser.get(served + "don-vi/hiep-tan/index.html")
    chart = browser.find_element(By.CSS_SELECTOR, "#chart-history-t").find_element(By.XPATH, "..")
    texts = [t.text for t in chart.find_elements(By.TAG_NAME, "text")]
    assert texts[0] == "Tổng điểm (tối đa 100)"
    assert ["T1/2023", "T2", "T3", "T4", "T5", "T6", "T7"] == [t for t in texts if re.fullmatch(r"T\d+(/\d{4})?", t)]
    assert "hạng 7/8" in texts and not any(re.fullmatch(r"\d+/\d+", t) for t in texts)


def test_a_report_compares_the_unit_with_its_siblings(browser, served):
    resize(browser, 360, 800)
    browser.get(served + "don-vi/hiep-tan/2023-06/index.html")
    section = browser.find_element(By.CSS_SELECTOR, "section.comparison")
    assert section.find_element(By.TAG_NAME, "h2").text == "So với các đơn vị khác thuộc Thị xã Hòa Thành"
    cells = [[c.text.replace("\n", " ") for c in r.find_elements(By.CSS_SELECTOR, "th, td")]
             for r in section.find_elements(By.CSS_SELECTOR, "tbody tr")]
    assert cells[0] == ["Tổng điểm", "69,81", "79,6 7 đơn vị", "88,45 Phường Long Hoa"]
    assert cells[1] == ["Công khai", "—", "12,4 7 đơn vị", "17,11 Phường Long Hoa"]
    assert "không tính Phường Hiệp Tân" in section.text


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("kind", EVERY_KIND)
def test_axe_finds_nothing_serious_on_any_kind_of_page(browser, served, kind, width):
    resize(browser, width, 800)
    browser.get(served + EVERY_KIND[kind])
    axe = Axe(browser)
    axe.inject()
    results = axe.run()
    bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in results["violations"]
           if v["impact"] in ("serious", "critical")]
    assert bad == []
