"""Correctness at scale: the medium benchmark corpus (10 provinces × 70 communes × 24 months,
16,000 results) built with `minhbach`, checked against figures computed here from the content
files: ranks with ties, averages of units without a result of their own, counts of pages. Then
one result is corrected and the site rebuilt: the result is byte for byte a full build's, and
only the files that show the figure were written.

The build under test is MINHBACH_BIN (the debug build, from `make test`).
"""
import csv
import decimal
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

import lxml.html
import pytest

from conftest import REPO, front_matter

PROVINCES, COMMUNES, MONTHS = 10, 70, 24
D = decimal.Decimal


def figure(text):
    return D(str(text).replace(",", "."))


def mean(values):
    """The mean rounded half away from zero to two decimals, as the portal publishes it."""
    return (sum(values) / len(values)).quantize(D("0.01"), rounding=decimal.ROUND_HALF_UP)


def siblings(parent):
    """{parent: how many units it has}: every unit of the corpus exists in every month."""
    counts = {}
    for p in parent.values():
        counts[p] = counts.get(p, 0) + 1
    return counts


def shown_ranks(scale, month, province, group):
    """{unit: (rank, of, source)} as the pages show them: the published rank when the file gives
    one; else, in a month where every commune of the province has a file, the competition rank;
    else none (the few with files are not the month's ranking)."""
    complete = len(group) == siblings(scale["parent"])[province]
    computed = competition_ranks(group)
    shown = {}
    for unit in group:
        if (month, unit) in scale["published"]:
            shown[unit] = scale["published"][(month, unit)] + ("published",)
        elif complete:
            shown[unit] = (computed[unit], len(group), "computed")
        else:
            shown[unit] = None
    return shown


def competition_ranks(scores):
    """{unit: rank} with shared ranks for ties: 1, 2, 2, 4."""
    ordered = sorted(scores.values(), reverse=True)
    return {u: ordered.index(s) + 1 for u, s in scores.items()}


def build(binary, content, output, env, *extra):
    done = subprocess.run([binary, "build", "--content", str(content), "--output", str(output),
                           "--lang", "en", *extra], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def files(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file() and p.name != ".minhbach-state"}


@pytest.fixture(scope="module")
def scale(tmp_path_factory):
    binary = os.environ.get("MINHBACH_BIN")
    if not binary:
        pytest.fail("MINHBACH_BIN is not set: run these tests through `make test`")
    work = tmp_path_factory.mktemp("scale")
    content = work / "content"
    subprocess.run([sys.executable, str(REPO / "Benchmarks" / "corpus.py"), "--provinces", str(PROVINCES),
                    "--communes", str(COMMUNES), "--months", str(MONTHS), "--out", str(content)], check=True, capture_output=True)
    env = dict(os.environ, XDG_CACHE_HOME=str(work / "cache"))
    out = work / "site"
    log = build(binary, content, out, env)

    parent = {}
    for path in (content / "units").glob("*.md"):
        parent[path.stem] = front_matter(path).get("parent")
    scores, published = {}, {}  # (month, unit) -> score, published (rank, of) when the file gives them
    for path in (content / "results").glob("*/*.md"):
        if path.name != "_index.md":
            fm = front_matter(path)
            scores[(path.parent.name, path.stem)] = figure(fm["score"])
            if "rank" in fm:
                published[(path.parent.name, path.stem)] = (int(fm["rank"]), int(fm["of"]))
    yield dict(binary=binary, content=content, out=out, env=env, log=log, work=work, parent=parent, scores=scores,
               published=published)
    shutil.rmtree(work, ignore_errors=True)


def test_the_corpus_has_ties_to_check(scale):
    by_group = {}
    for (month, unit), s in scale["scores"].items():
        by_group.setdefault((month, scale["parent"][unit]), []).append(s)
    ties = sum(len(v) - len(set(v)) for v in by_group.values())
    assert ties > 100, "the corpus should tie siblings often enough to test shared ranks"


def test_counts_of_pages(scale):
    out, scores, parent = scale["out"], scale["scores"], scale["parent"]
    months = sorted({m for m, _ in scores})
    assert len(months) == MONTHS
    units = list(parent)
    assert len(units) == 1 + PROVINCES + PROVINCES * COMMUNES
    # A report per result, plus one per month for every province and the root (their averages).
    reports = list(out.glob("don-vi/*/*-*/index.html"))
    assert len(reports) == len(scores) + MONTHS * (PROVINCES + 1)
    assert len(list(out.glob("don-vi/*/index.html"))) == len(units)
    assert len(list(out.glob("20*/*/index.html"))) == MONTHS
    assert len(list(out.glob("20*/index.html"))) == len({m[:4] for m in months})
    pages = int(re.search(r"Built (\d+) pages", scale["log"]).group(1))
    assert pages == len(list(out.rglob("*.html")))


def test_every_rank_in_the_download_is_the_rank_the_pages_show(scale):
    by_group = {}
    for (month, unit), s in scale["scores"].items():
        by_group.setdefault((month, scale["parent"][unit]), {})[unit] = s
    expected = {}
    counts = siblings(scale["parent"])
    for (month, province), group in by_group.items():
        complete = "true" if len(group) == counts[province] else "false"
        for unit, shown in shown_ranks(scale, month, province, group).items():
            rank = (str(shown[0]), str(shown[1]), shown[2]) if shown else ("", "", "")
            expected[(month, unit)] = rank + (complete, str(len(group)), str(counts[province]))
    incomplete = sum(1 for v in expected.values() if v[3] == "false")
    assert 0 < incomplete < len(expected), "the corpus should have complete and incomplete months"
    with open(scale["out"] / "du-lieu" / "ket-qua.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(scale["scores"])
    for row in rows:
        key = (row["month"], row["unit"])
        assert figure(row["score"]) == scale["scores"][key]
        fields = ("rank", "rank_of", "rank_source", "month_complete", "units_with_data", "units_expected")
        assert tuple(row[f] for f in fields) == expected[key], key


def ranking_rows(page):
    """(rank text, unit) for each row of a page's ranking table ("3", "3/70" in an incomplete
    month, "—" for no rank); the unit from its report link."""
    tree = lxml.html.parse(str(page))
    rows = []
    for tr in tree.xpath('//table[contains(@class, "ranking")]/tbody/tr[not(contains(@class, "no-data"))]'):
        rank = tr.xpath('./td[contains(@class, "rank-col")]')[0].text_content().split("(")[0].strip()
        report = tr.xpath('./td[contains(@class, "num")]/a/@href')[0]
        rows.append((rank, report.split("/")[-3]))
    return rows


def test_ties_share_a_rank_on_the_province_pages(scale):
    """Complete months show the competition ranks, ties shared; incomplete ones the published
    ranks out of how many, and "—" for the others."""
    by_group = {}
    for (month, unit), s in scale["scores"].items():
        by_group.setdefault((month, scale["parent"][unit]), {})[unit] = s
    counts = siblings(scale["parent"])
    ties = partial = 0
    for (month, province), group in sorted(by_group.items()):
        if province == "viet-nam":
            continue
        complete = len(group) == counts[province]
        if complete and len(set(group.values())) == len(group):
            continue
        # A ranking of more than 50 units goes on over the pages below its first (trang-2/, …).
        first = scale["out"] / "don-vi" / province / month
        parts = [first / "index.html"] + sorted(first.glob("trang-*/index.html"), key=lambda p: int(p.parent.name[6:]))
        rows = dict((u, r) for page in parts for r, u in ranking_rows(page))
        shown = shown_ranks(scale, month, province, group)
        if complete:
            assert rows == {u: str(r[0]) for u, r in shown.items()}, (province, month)
            assert len(set(rows.values())) < len(rows)   # a rank shown twice
            ties += 1
        else:
            assert rows == {u: f"{r[0]}/{r[1]}" if r else "—" for u, r in shown.items()}, (province, month)
            partial += 1
    assert ties > 10 and partial > 50


def test_averages_of_provinces_and_the_root(scale):
    out, scores, parent = scale["out"], scale["scores"], scale["parent"]
    months = sorted({m for m, _ in scores})
    provinces = sorted(u for u, p in parent.items() if p == "viet-nam")
    averages = {}
    for province in provinces:
        data = json.loads((out / "don-vi" / province / "du-lieu.json").read_text(encoding="utf-8"))
        by_month = {m["month"]: m for m in data["months"]}
        for month in months:
            children = [s for (m, u), s in scores.items() if m == month and parent[u] == province]
            averages[(month, province)] = mean(children)
            assert by_month[month]["source"] == "average"
            assert figure(by_month[month]["score"]) == mean(children), (province, month)
            assert by_month[month]["average_of"] == len(children)
    root = json.loads((out / "don-vi" / "viet-nam" / "du-lieu.json").read_text(encoding="utf-8"))
    for m in root["months"]:
        assert figure(m["score"]) == mean([averages[(m["month"], p)] for p in provinces])


def test_one_corrected_file_at_scale_gives_a_full_builds_bytes(scale):
    last = sorted(p.name for p in (scale["content"] / "results").iterdir())[-1]
    target = sorted((scale["content"] / "results" / last).glob("xa-*.md"))[3]
    text = target.read_text(encoding="utf-8")
    before = files(scale["out"])
    target.write_text(re.sub(r'^  nop-truc-tuyen: "?[\d.,]+"?$', '  nop-truc-tuyen: "12,5"', text, count=1, flags=re.M), encoding="utf-8")
    log = build(scale["binary"], scale["content"], scale["out"], scale["env"])
    after = files(scale["out"])
    full = scale["work"] / "full"
    build(scale["binary"], scale["content"], full, scale["env"], "--no-cache")
    assert after == files(full)
    changed = [p for p in after if before.get(p) != after[p] and p != ".minhbach-manifest"]
    assert int(re.search(r"(\d+) files written", log).group(1)) == len(changed)
    assert f"don-vi/{target.stem}/{last}/index.html" in changed
    assert len(changed) < 20, changed
    rendered = int(re.search(r"(\d+) rendered", log).group(1))
    assert rendered < len(scale["scores"]) // 20


def test_a_corrected_total_that_moves_ranks_gives_a_full_builds_bytes(scale):
    """A commune's total lowered in a middle month: its siblings move up that month (their
    reports and unit pages change) and the next month's changes move too. The rebuild renders
    only those pages again, and is byte for byte a full build."""
    # A commune of a province whose month is complete, from the middle months on: only there
    # do its siblings show a rank it can move.
    counts, filed = siblings(scale["parent"]), {}
    for (m, u) in scale["scores"]:
        filed[(m, scale["parent"][u])] = filed.get((m, scale["parent"][u]), 0) + 1
    months = sorted(p.name for p in (scale["content"] / "results").iterdir())
    month, target = next((m, p) for m in months[MONTHS // 2:]
                         for p in sorted((scale["content"] / "results" / m).glob("xa-*.md"))[5:]
                         if filed[(m, scale["parent"][p.stem])] == counts[scale["parent"][p.stem]])
    text = target.read_text(encoding="utf-8")
    def lowered(written):   # 8 points less, written as the editor wrote it (decimal comma or point)
        text = str(figure(written) - 8)
        return text.replace(".", ",") if "," in written else text
    score = re.search(r'^score: "?([\d.,]+)"?$', text, re.M)
    groups = re.findall(r'^  ([a-z-]+): "?([\d.,]+)"?$', text.split("indicators:")[0], re.M)
    key, value = max(groups, key=lambda g: figure(g[1]))
    assert figure(value) >= 8
    edited = text.replace(score.group(0), f'score: "{lowered(score.group(1))}"', 1)
    edited = re.sub(rf'^  {key}: "?{re.escape(value)}"?$', f'  {key}: "{lowered(value)}"', edited, count=1, flags=re.M)
    assert edited != text
    target.write_text(edited, encoding="utf-8")
    before = files(scale["out"])
    log = build(scale["binary"], scale["content"], scale["out"], scale["env"])
    after = files(scale["out"])
    full = scale["work"] / "full-total"
    build(scale["binary"], scale["content"], full, scale["env"], "--no-cache")
    assert after == files(full)
    changed = {p for p in after if before.get(p) != after[p]}
    siblings_moved = {p for p in changed if p.endswith(f"/{month}/index.html")
                      and not p.startswith(("don-vi/tinh-", "don-vi/viet-nam/"))
                      and p != f"don-vi/{target.stem}/{month}/index.html"}
    assert siblings_moved, "a sibling passed by the lowered total should show its new rank"
    rendered = int(re.search(r"(\d+) rendered", log).group(1))
    assert rendered < len(scale["scores"]) // 20
