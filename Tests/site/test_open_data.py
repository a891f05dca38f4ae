"""Open data: the downloads agree with the content files exactly, missing stays missing."""
import csv
import io
import json
from decimal import Decimal

from conftest import front_matter

import yaml


def figure(text):
    """A figure as the editor wrote it ("69,81", "18.9", "00") as an exact Decimal."""
    return Decimal(str(text).strip().replace(",", "."))


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 byte-order mark"
    text = raw.decode("utf-8-sig")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", ""), "RFC 4180 line ends are CRLF"
    return list(csv.DictReader(io.StringIO(text, newline="")))


def is_month(folder):
    """A month's folder, 2023-06; not a recorded quarter's, half-year's or year's (2023-Q2)."""
    return len(folder) == 7 and folder[4] == "-" and folder[5:].isdigit()


def content_results(content):
    for path in sorted((content / "results").glob("*/*.md")):
        if path.name != "_index.md" and is_month(path.parent.name):
            yield path.parent.name, path.stem, front_matter(path)


def index_keys(content):
    index = yaml.safe_load((content / "index.yaml").read_text(encoding="utf-8"))
    return [g["key"] for g in index["groups"]], [i["key"] for i in index["indicators"]]


def criteria_by_group(content):
    """Every edition's criteria keys, by group key (the 2026 edition splits two groups)."""
    index = yaml.safe_load((content / "index.yaml").read_text(encoding="utf-8"))
    found = {}
    for groups in [index["groups"]] + [e["groups"] for e in index.get("editions", [])]:
        for g in groups:
            if g.get("criteria"):
                found[g["key"]] = [c["key"] for c in g["criteria"]]
    return found


def criterion_points(value):
    return figure(value["points"] if isinstance(value, dict) else value)


def expected_group(fm, key, criteria):
    """A group's figure as the downloads give it, and its source: as published, computed from
    every one of its criteria when the file leaves it out, or missing (None), never 0."""
    given = fm.get("groups", {}).get(key)
    if given is not None:
        # Only a group that has criteria in some edition says where its figure comes from.
        return figure(given), ("published" if key in criteria else None)
    points = fm.get("criteria", {})
    if key in criteria and all(c in points for c in criteria[key]):
        return sum(criterion_points(points[c]) for c in criteria[key]), "computed"
    return None, None


def test_the_csv_has_every_result_with_every_figure_exactly(site, content):
    rows = {(r["month"], r["unit"]): r for r in read_csv(site / "du-lieu" / "ket-qua.csv")}
    groups, indicators = index_keys(content)
    criteria = criteria_by_group(content)
    expected = list(content_results(content))
    # 2023: 47 files of the eight wards and Hiệp Tân's illustrative July; 2026: three new wards
    # × three months.
    assert len(rows) == len(expected) == 57
    computed = 0
    for month, unit, fm in expected:
        row = rows[(month, unit)]
        assert figure(row["score"]) == figure(fm["score"])
        for key in groups:
            value, source = expected_group(fm, key, criteria)
            if value is None:
                assert row[key] == "", f"{month}/{unit} {key}: a group not published must stay empty, not 0"
            else:
                assert figure(row[key]) == value, f"{month}/{unit} {key}"
            if key in criteria:
                assert row[f"{key}.source"] == (source or ""), f"{month}/{unit} {key}.source"
            computed += source == "computed"
        for key, value in fm.get("criteria", {}).items():
            assert figure(row[key]) == criterion_points(value), f"{month}/{unit} {key}"
            counts = value if isinstance(value, dict) else {}
            for part in ["numerator", "denominator"]:
                assert row[f"{key}.{part}"] == str(counts.get(part, "")), f"{month}/{unit} {key}.{part}: missing must stay missing"
        for key in indicators:
            given = fm.get("indicators", {}).get(key)
            if given is None:
                assert row[key] == "", f"{month}/{unit} {key}: missing must stay missing, not 0"
            else:
                assert figure(row[key]) == figure(given), f"{month}/{unit} {key}"
        assert row["published_rank"] == fm.get("rank", "")
        assert row["sample"] == ("true" if fm.get("sample") == "true" else "false")
    # Long Hoa's and Hòa Thành's 2026 notices leave both split groups to their criteria.
    assert computed == 12


def test_the_seeds_real_figures(site):
    rows = {(r["month"], r["unit"]): r for r in read_csv(site / "du-lieu" / "ket-qua.csv")}
    june = rows[("2023-06", "hiep-tan")]
    assert (june["score"], june["rank"], june["rank_of"], june["published_rank"]) == ("69.81", "7", "8", "7")
    assert (june["rank_source"], june["month_complete"], june["units_with_data"], june["units_expected"]) == ("published", "true", "8", "8")
    assert (june["dich-vu-truc-tuyen"], june["thanh-toan-truc-tuyen"], june["so-hoa-ho-so"]) == ("7", "8", "18.9")
    assert june["cong-khai-minh-bach"] == "" and june["muc-do-hai-long"] == ""
    may = rows[("2023-05", "hiep-tan")]
    assert (may["cong-khai"], may["ket-qua-dien-tu"], may["so-hoa"], may["chung-thuc-luy-ke"]) == ("0", "92.45", "87.11", "51")


def test_an_incomplete_month_gives_no_rank_among_the_few(site):
    """February 2023 has seven files of eight: no rank is computed among the seven, and each row
    says the month is incomplete, as the pages do."""
    rows = read_csv(site / "du-lieu" / "2023-02.csv")
    assert len(rows) == 7
    fields = ("rank", "rank_of", "rank_source", "month_complete", "units_with_data", "units_expected")
    assert {tuple(r[f] for f in fields) for r in rows} == {("", "", "", "false", "7", "8")}
    march = read_csv(site / "du-lieu" / "2023-03.csv")
    assert {(r["rank_source"], r["month_complete"]) for r in march} == {("computed", "true")}


def test_each_month_csv_has_that_months_rows(site, content):
    for folder in sorted((content / "results").iterdir()):
        rows = read_csv(site / "du-lieu" / f"{folder.name}.csv")
        assert sorted(r["unit"] for r in rows) == sorted(p.stem for p in folder.glob("*.md") if p.name != "_index.md")
        # A recorded quarter's file names its period in the first column, where a month's names its month.
        assert {r["month" if is_month(folder.name) else "period"] for r in rows} == {folder.name}


def test_the_json_agrees_with_the_content_exactly(site, content):
    data = json.loads((site / "du-lieu" / "ket-qua.json").read_text(encoding="utf-8"),
                      parse_float=Decimal, parse_int=Decimal)
    assert [g["key"] for g in data["index"]["groups"]] == index_keys(content)[0]
    assert {u["slug"] for u in data["units"]} == {p.stem for p in (content / "units").glob("*.md")}
    results = {(r["month"], r["unit"]): r for r in data["results"]}
    criteria = criteria_by_group(content)
    for month, unit, fm in content_results(content):
        r = results[(month, unit)]
        assert r["score"] == figure(fm["score"])
        for key, value in r["groups"].items():
            expected, source = expected_group(fm, key, criteria)
            assert value == expected, f"{month}/{unit} {key}"
            assert r["group_sources"].get(key) == source, f"{month}/{unit} {key}"
        for key, value in r["indicators"].items():
            given = fm.get("indicators", {}).get(key)
            assert value == (None if given is None else figure(given))


def test_each_unit_has_its_own_json_with_its_months(site, content):
    for unit in (content / "units").glob("*.md"):
        data = json.loads((site / "don-vi" / unit.stem / "du-lieu.json").read_text(encoding="utf-8"), parse_float=Decimal)
        assert data["slug"] == unit.stem
        months = {m["month"] for m in data["months"]}
        files = {p.parent.name for p in (content / "results").glob(f"*/{unit.stem}.md")}
        assert {f for f in files if is_month(f)} <= months
        assert {f for f in files if not is_month(f)} <= {p["period"] for p in data.get("periods", [])}
    town = json.loads((site / "don-vi" / "hoa-thanh" / "du-lieu.json").read_text(encoding="utf-8"), parse_float=Decimal)
    assert town["months"][0]["source"] == "average"


def test_the_data_page_lists_every_download_with_its_real_size(site):
    page = (site / "du-lieu" / "index.html").read_text(encoding="utf-8")
    for name in ["ket-qua.csv", "ket-qua.json", "2023-06.csv", "2023-01.csv"]:
        size = (site / "du-lieu" / name).stat().st_size
        assert size < 1024 * 1024
        # KB with one decimal, rounded half up, decimal comma, as the page writes it.
        tenths = (Decimal(size) * 10 / 1024).quantize(Decimal(1), rounding="ROUND_HALF_UP")
        shown = f"{size} B" if size < 1024 else f"{tenths // 10},{tenths % 10} KB"
        assert f"({name}, {shown})" in page, f"{name} should be listed as {shown}"
    assert "<code>so-hoa-ho-so</code>" in page and "0–22" in page
    assert "Điều kiện sử dụng" in page


def test_month_and_unit_pages_link_to_their_downloads(site):
    assert 'href="../../du-lieu/2023-06.csv"' in (site / "2023" / "06" / "index.html").read_text(encoding="utf-8")
    unit = (site / "don-vi" / "hiep-tan" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../don-vi/hiep-tan/du-lieu.json"' in unit
    assert 'href="../../don-vi/hiep-tan/feed.xml"' in unit
