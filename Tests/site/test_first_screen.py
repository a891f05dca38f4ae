"""The frame of every page in the browser: who publishes the site, a menu that fits a phone, and
each page's own figure on the first screen of a 360 × 640 phone."""
import pytest
import yaml
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from test_browser import SCREENSHOTS, browser  # noqa: F401 (the fixture)

PHONE = (360, 640)
# What a citizen opens the page for, as the sample shows it.
KEY_FIGURES = {
    "home": ("", ["Tháng 3/2026", "94,86"]),
    "month": ("2023/06/", ["Phường Long Hoa", "88,45"]),
    "unit": ("don-vi/hiep-tan/", ["Tháng 7/2023", "72,4"]),
    "report": ("don-vi/hiep-tan/2023-06/", ["69,81", "7/8"]),
}
# Where the first occurrence of a text in <main> is drawn, or None when it is not drawn.
TEXT_BOX = """
const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const at = node.data.indexOf(arguments[0]);
  if (at < 0) continue;
  const range = document.createRange();
  range.setStart(node, at); range.setEnd(node, at + arguments[0].length);
  const box = range.getBoundingClientRect();
  return box.height > 0 ? {top: box.top, bottom: box.bottom} : null;
}
return null;"""


def viewport(driver, width, height):
    """Sizes the page's viewport itself (the window's outer size includes some chrome)."""
    driver.set_window_size(width, height)
    inner = driver.execute_script("return [window.innerWidth, window.innerHeight]")
    driver.set_window_size(2 * width - inner[0], 2 * height - inner[1])
    assert driver.execute_script("return [window.innerWidth, window.innerHeight]") == [width, height]


def nav_links(driver):
    return driver.find_elements(By.CSS_SELECTOR, ".site-nav a")


def seen(driver, element):
    """Drawn and not covered: the element is what a tap at its centre reaches. (Selenium's own
    is_displayed calls anything inside a closed <details> hidden, even where CSS unfolds it.)"""
    return driver.execute_script("""
        const box = arguments[0].getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return false;
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return hit !== null && arguments[0].contains(hit);""", element)


@pytest.mark.parametrize("page", KEY_FIGURES)
def test_the_pages_key_figure_is_on_a_phones_first_screen(browser, served, page):
    path, texts = KEY_FIGURES[page]
    viewport(browser, *PHONE)
    browser.get(served + path + "index.html")
    for text in texts:
        box = browser.execute_script(TEXT_BOX, text)
        assert box is not None, f"{text!r} is not shown on the {page} page"
        assert box["bottom"] <= PHONE[1], f"{text!r} is at {box['bottom']:.0f} px, below the first {PHONE[1]} px"
    SCREENSHOTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / f"{page}-first-screen-360.png"))


def test_the_band_names_the_authority_and_the_site_on_every_screen_and_on_paper(browser, served, content):
    site = yaml.safe_load((content / "site.yaml").read_text(encoding="utf-8"))
    for width, height in [PHONE, (1280, 800)]:
        viewport(browser, width, height)
        browser.get(served + "don-vi/hiep-tan/2023-06/index.html")
        authority = browser.find_element(By.CSS_SELECTOR, ".site-header .site-authority")
        title = browser.find_element(By.CSS_SELECTOR, ".site-header .site-title a")
        assert (authority.text, title.text) == (site["authority"], site["title"])
        assert authority.is_displayed() and title.is_displayed()
        header = browser.find_element(By.CSS_SELECTOR, ".site-header").rect
        # At most a sixth of a phone's first screen, and about as much on a desktop.
        assert header["height"] <= (110 if width == PHONE[0] else 130), header
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert browser.find_element(By.CSS_SELECTOR, ".site-authority").is_displayed()
        assert not browser.find_element(By.CSS_SELECTOR, ".site-nav").is_displayed()
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


@pytest.mark.parametrize("script", [True, False], ids=["with-script", "without-script"])
def test_on_a_phone_the_menu_is_one_button_that_opens_every_link(browser, served, script):
    viewport(browser, *PHONE)
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": not script})
    try:
        browser.get(served + "2023/06/index.html")
        button = browser.find_element(By.CSS_SELECTOR, ".site-nav summary")
        assert button.is_displayed() and button.text.endswith("Danh mục")
        assert browser.find_element(By.CSS_SELECTOR, ".site-nav").rect["height"] <= 40
        assert not any(seen(browser, a) for a in nav_links(browser))
        button.click()
        links = nav_links(browser)
        assert all(seen(browser, a) for a in links) and len(links) == 7
        assert [a.get_attribute("textContent") for a in links if a.get_attribute("aria-current") == "page"] == ["Lưu trữ"]
        # The open menu lies over the page below the band, every link a finger's height.
        assert all(a.rect["height"] >= 40 and a.rect["width"] >= 300 for a in links)
        browser.save_screenshot(str(SCREENSHOTS / f"menu-open-360-{'script' if script else 'no-script'}.png"))
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def test_on_a_wide_screen_every_link_of_the_menu_is_on_one_line(browser, served):
    viewport(browser, 1280, 800)
    browser.get(served + "don-vi/hiep-tan/index.html")
    assert not browser.find_element(By.CSS_SELECTOR, ".site-nav summary").is_displayed()
    links = nav_links(browser)
    assert len(links) == 7
    assert [a.get_attribute("textContent") for a in links if not seen(browser, a)] == []
    assert len({round(a.rect["y"]) for a in links}) == 1, [a.rect for a in links]
    assert [a.get_attribute("textContent") for a in links if a.get_attribute("aria-current") == "page"] == ["Đơn vị"]


def test_the_skip_link_comes_first_and_shows_when_focused(browser, served):
    viewport(browser, *PHONE)
    browser.get(served + "don-vi/hiep-tan/index.html")
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    skip = browser.switch_to.active_element
    assert skip.get_attribute("class") == "skip" and skip.get_attribute("href").endswith("#main")
    assert skip.rect["x"] >= 0 and skip.rect["y"] >= 0 and skip.is_displayed()


@pytest.mark.parametrize("size, open_menu", [((1280, 800), False), (PHONE, True)], ids=["desktop", "phone-menu-open"])
def test_axe_finds_no_serious_violations_in_the_band_and_its_menu(browser, served, size, open_menu):
    viewport(browser, *size)
    browser.get(served + "index.html")
    if open_menu:
        browser.find_element(By.CSS_SELECTOR, ".site-nav summary").click()
    axe = Axe(browser)
    axe.inject()
    results = axe.run()
    bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in results["violations"]
           if v["impact"] in ("serious", "critical")]
    assert bad == []
