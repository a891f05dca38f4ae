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


def test_a_wide_ranking_table_scrolls_inside_itself_keeping_the_unit_in_view(browser, served):
    resize(browser, 390, 844)
    browser.get(served + "2023/06/index.html")
    box = browser.find_element(By.CSS_SELECTOR, ".table-scroll")
    assert browser.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth", box)
    cell = box.find_element(By.CSS_SELECTOR, "tbody th.unit-col")
    before = cell.location["x"]
    browser.execute_script("arguments[0].scrollLeft = 400", box)
    assert abs(cell.location["x"] - before) < 2, "the unit column should stay in view"


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
    assert len(visible_units(browser)) == 9
    field.send_keys("hiep tan")
    assert visible_units(browser) == ["Thị xã Hòa Thành", "Phường Hiệp Tân"]
    assert "1" in browser.find_element(By.CSS_SELECTOR, "#unit-search output").text
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys("DONG")
    assert visible_units(browser) == ["Thị xã Hòa Thành", "Xã Trường Đông"]
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(Keys.BACKSPACE)
    assert len(visible_units(browser)) == 9


def test_without_javascript_the_search_box_stays_hidden_and_the_tree_complete(site):
    html = (site / "don-vi" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<div id="unit-search" class="unit-search" hidden>', html)
    assert html.count("<li data-search=") == 9
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
    browser.get(served + PAGES["parent"] + "index.html")
    drawn = browser.execute_script("""
        const svg = document.querySelector('svg.map'), box = svg.closest('figure').getBoundingClientRect();
        const r = svg.getBoundingClientRect();
        return {dots: [...svg.querySelectorAll('circle')].filter(c => c.getBoundingClientRect().width >= 8).length,
                left: r.left - box.left, right: box.right - r.right, width: r.width, height: r.height,
                titles: [...svg.querySelectorAll('circle > title')].map(t => t.textContent),
                keys: [...document.querySelectorAll('.map-legend li')].map(li => li.textContent)};""")
    assert drawn["dots"] == 8, drawn
    assert drawn["left"] >= 0 and drawn["right"] >= 0 and 250 <= drawn["width"] <= 420 and drawn["height"] > 150
    assert "Phường Hiệp Tân: 69,81 điểm – Phần tư thấp nhất" in drawn["titles"]
    assert drawn["keys"][0].startswith("● Phần tư cao nhất: 2 đơn vị")

