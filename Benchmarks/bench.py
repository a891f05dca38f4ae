#!/usr/bin/env python3
"""`make bench`: MinhBach on small, medium and national corpora, side by side with Hugo.

For each scale and run:
  full      an empty output folder and no parse cache (a first build, as on a new machine);
  no-op     the same command again: nothing changed;
  one file  one result of the last month corrected (an indicator's figure), then built.
The same corpus is built with Hugo through ../shared/bench/run_hugo.sh when Hugo is installed
(HUGO=0 skips it); the two tools take turns going first. The corpus is read once before each
tool's full build, so that both start with it in the page cache. Medians of RUNS runs (default 3). Outputs go to tmpfs (/dev/shm) when there
is one: the disk here is slow for many small files. Wall time and peak memory come from
/usr/bin/time, phase times from `minhbach build --timings`.

    make bench                              # small, medium, national; 3 runs
    SCALES=medium RUNS=1 HUGO=0 make bench
"""
import json
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
BINARY = ROOT / ".build" / "release" / "minhbach"
HUGO_SCRIPT = ROOT.parent / "shared" / "bench" / "run_hugo.sh"
WORK = pathlib.Path(os.environ.get("BENCH_WORK", "/tmp/minhbach-bench"))
OUT = pathlib.Path("/dev/shm/minhbach-bench") if pathlib.Path("/dev/shm").is_dir() else WORK / "out"
CACHE = WORK / "cache"
SCALES = {"small": (1, 8, 12), "medium": (10, 70, 24), "national": (34, 98, 24)}


def corpus(name):
    p, c, m = SCALES[name]
    folder = WORK / f"corpus-{p}x{c}x{m}-point-criteria"
    if not (folder / "site.yaml").exists():
        # Figures with a decimal point, which Hugo's baseline templates can read; the second
        # year scored by criteria, as real sites are since 2026 (Hugo's baseline ignores them).
        subprocess.run([sys.executable, str(ROOT / "Benchmarks" / "corpus.py"), "--provinces", str(p), "--communes", str(c),
                        "--months", str(m), "--decimal", "point", "--criteria", "--out", str(folder)], check=True)
    return folder


def timed(args, env=None):
    """Runs a command under /usr/bin/time; returns (wall s, peak RSS MiB, stdout)."""
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + args, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    wall, rss = result.stderr.strip().splitlines()[-1].split()
    return float(wall), int(rss) / 1024, result.stdout


def warm(folder):
    """Reads every file of the corpus, so that both tools start with it in the page cache: the
    disk here is slow, and its cache is reclaimed while another tool runs."""
    for path in folder.rglob("*"):
        if path.is_file():
            path.read_bytes()


def phases(stdout):
    return {k: float(v) for k, v in re.findall(r"^\s+(\w+)\s+([\d.]+) s", stdout, re.M)}


def count(pattern, stdout):
    m = re.search(pattern, stdout)
    return int(m.group(1)) if m else 0


def remove_site(out):
    """The output folder and the build's own folder beside it (its spare tree)."""
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(out.parent / f".{out.name}.minhbach", ignore_errors=True)


def one_result(folder):
    """A result of the last month with an indicator to correct."""
    last = sorted(p for p in (folder / "results").iterdir() if p.is_dir())[-1]
    for path in sorted(last.glob("*.md")):
        if path.name != "_index.md" and re.search(r'^  nop-truc-tuyen: "?[\d.,]+"?$', path.read_text(encoding="utf-8"), re.M):
            return path
    sys.exit(f"no result with nop-truc-tuyen in {last}")


def bench(name, runs, hugo):
    folder = corpus(name)
    results = sum(1 for p in folder.glob("results/*/*.md") if p.name != "_index.md")
    env = dict(os.environ, XDG_CACHE_HOME=str(CACHE))
    out = OUT / name
    cmd = [str(BINARY), "build", "--content", str(folder), "--output", str(out), "--timings", "--lang", "en"]
    target = one_result(folder)
    original = target.read_text(encoding="utf-8")
    full, noop, one, hugo_runs = [], [], [], []
    def run_hugo():
        hugo_out = OUT / f"{name}-hugo"
        shutil.rmtree(hugo_out, ignore_errors=True)
        warm(folder)
        hugo_runs.append(timed(["bash", str(HUGO_SCRIPT), str(folder), str(hugo_out)]))
        shutil.rmtree(hugo_out, ignore_errors=True)

    for run in range(runs):
        # The tools take turns going first, so that neither always runs in what the other
        # left behind (page cache, freed memory).
        if hugo and run % 2 == 1:
            run_hugo()
        remove_site(out)
        shutil.rmtree(CACHE, ignore_errors=True)
        warm(folder)
        full.append(timed(cmd, env))
        noop.append(timed(cmd, env))
        text = re.sub(r'^  nop-truc-tuyen: "?[\d.,]+"?$', f'  nop-truc-tuyen: "{11 + run},5"', original, count=1, flags=re.M)
        target.write_text(text, encoding="utf-8")
        try:
            one.append(timed(cmd, env))
        finally:
            target.write_text(original, encoding="utf-8")
        if hugo and run % 2 == 0:
            run_hugo()
    remove_site(out)
    med = lambda xs, i: statistics.median(x[i] for x in xs)
    row = {
        "scale": name, "shape": "×".join(map(str, SCALES[name])), "results": results,
        "pages": count(r"Built (\d+) pages", full[0][2]),
        "full_s": med(full, 0), "full_rss_mib": max(x[1] for x in full),
        "noop_s": med(noop, 0), "noop_written": count(r"(\d+) files written", noop[-1][2]),
        "one_s": med(one, 0), "one_written": count(r"(\d+) files written", one[-1][2]),
        "one_rendered": count(r"(\d+) rendered", one[-1][2]),
        "full_phases": {k: statistics.median(phases(x[2]).get(k, 0) for x in full) for k in phases(full[0][2])},
        "one_phases": {k: statistics.median(phases(x[2]).get(k, 0) for x in one) for k in phases(one[0][2])},
        "full_runs": [x[0] for x in full], "noop_runs": [x[0] for x in noop], "one_runs": [x[0] for x in one],
    }
    if hugo_runs:
        row.update(hugo_s=med(hugo_runs, 0), hugo_rss_mib=max(x[1] for x in hugo_runs), hugo_runs=[x[0] for x in hugo_runs])
    return row


def main():
    if not BINARY.exists():
        sys.exit(f"{BINARY} is missing: run `make build` first")
    runs = int(os.environ.get("RUNS", "3"))
    scales = os.environ.get("SCALES", "small,medium,national").split(",")
    hugo = os.environ.get("HUGO", "1") != "0" and shutil.which("hugo") is not None and HUGO_SCRIPT.exists()
    if not hugo:
        print("(Hugo or ../shared/bench/run_hugo.sh not found, or HUGO=0: MinhBach only)")
    rows = []
    for name in scales:
        print(f"{name}: {runs} run(s)…", flush=True)
        rows.append(bench(name, runs, hugo))

    print()
    print("| scale | results | pages | MinhBach full | Hugo full | MinhBach ÷ Hugo | pages/s | peak RSS (MinhBach / Hugo) "
          "| no-op (share of full; files written) | one file changed (share of full; files written; pages rendered) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        hugo_s = f"{r['hugo_s']:.2f} s" if "hugo_s" in r else "—"
        ratio = f"{r['full_s'] / r['hugo_s']:.2f}" if "hugo_s" in r else "—"
        rss = f"{r['full_rss_mib']:,.0f} / {r['hugo_rss_mib']:,.0f} MiB" if "hugo_rss_mib" in r else f"{r['full_rss_mib']:,.0f} MiB"
        print(f"| {r['scale']} ({r['shape']}) | {r['results']:,} | {r['pages']:,} | {r['full_s']:.2f} s | {hugo_s} | {ratio} "
              f"| {r['pages'] / r['full_s']:,.0f} | {rss} "
              f"| {r['noop_s']:.2f} s ({100 * r['noop_s'] / r['full_s']:.0f} %; {r['noop_written']}) "
              f"| {r['one_s']:.2f} s ({100 * r['one_s'] / r['full_s']:.0f} %; {r['one_written']}; {r['one_rendered']}) |")
    print()
    print("Phases, medians (s):")
    for r in rows:
        print(f"  {r['scale']:9} full:     " + " · ".join(f"{k} {v:.2f}" for k, v in r["full_phases"].items()))
        print(f"  {r['scale']:9} one file: " + " · ".join(f"{k} {v:.2f}" for k, v in r["one_phases"].items()))
    print(f"\n{runs} run(s) each, medians; outputs in {OUT}; every run: {json.dumps([{k: r[k] for k in r if k.endswith('_runs')} for r in rows])}")
    (WORK / "results.json").write_text(json.dumps(rows, indent=2), encoding="utf-8")
    print(f"Raw numbers: {WORK / 'results.json'}")


if __name__ == "__main__":
    main()
