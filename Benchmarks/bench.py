#!/usr/bin/env python3
"""`make bench`: builds small, medium and national corpora with MinhBach and prints a table.

Each scale: a full build into an empty folder, a no-op rebuild, and a rebuild after one result
file changed; medians of RUNS runs (environment variable, default 1). Outputs go to tmpfs
(/dev/shm) when there is one, as the disk here is slow for many small files. Wall time and peak
memory come from /usr/bin/time; phase times from `minhbach build --timings`.

    make bench                  # all three scales
    SCALES=small,medium make bench
"""
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
BINARY = ROOT / ".build" / "release" / "minhbach"
WORK = pathlib.Path(os.environ.get("BENCH_WORK", "/tmp/minhbach-bench"))
OUT = pathlib.Path("/dev/shm/minhbach-bench") if pathlib.Path("/dev/shm").is_dir() else WORK / "out"
SCALES = {"small": (1, 8, 12), "medium": (10, 70, 24), "national": (34, 98, 24)}


def corpus(name):
    p, c, m = SCALES[name]
    folder = WORK / f"corpus-{p}x{c}x{m}"
    if not (folder / "site.yaml").exists():
        subprocess.run([sys.executable, str(ROOT / "Benchmarks" / "corpus.py"), "--provinces", str(p), "--communes", str(c),
                        "--months", str(m), "--out", str(folder)], check=True)
    return folder


def timed(args):
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + args, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(result.stderr[-2000:])
    wall, rss = result.stderr.strip().splitlines()[-1].split()
    phases = dict(re.findall(r"^\s+(\w+)\s+([\d.]+) s", result.stdout, re.M))
    written = re.search(r"(\d+) files written", result.stdout)
    return float(wall), int(rss) / 1024, phases, int(written.group(1)) if written else 0, result.stdout


def main():
    runs = int(os.environ.get("RUNS", "1"))
    scales = os.environ.get("SCALES", "small,medium,national").split(",")
    rows = []
    for name in scales:
        folder = corpus(name)
        results = sum(1 for _ in folder.glob("results/*/*.md")) - sum(1 for _ in folder.glob("results/*/_index.md"))
        full, noop, one = [], [], []
        for _ in range(runs):
            out = OUT / name
            shutil.rmtree(out, ignore_errors=True)
            cmd = [str(BINARY), "build", "--content", str(folder), "--output", str(out), "--timings", "--lang", "en"]
            full.append(timed(cmd))
            noop.append(timed(cmd))
            # One result changes: its score moves by a hundredth (and its groups' sum with it).
            target = sorted(folder.glob("results/*/*.md"))[-2]
            original = target.read_text(encoding="utf-8")
            text = re.sub(r'score: "([\d,]+)"', lambda m: f'score: "{m.group(1)}"', original)
            text = text.replace("  qua-han: ", "  qua-han: 1", 1) if "  qua-han: " in text else text + "\n"
            target.write_text(text, encoding="utf-8")
            try:
                one.append(timed(cmd))
            finally:
                target.write_text(original, encoding="utf-8")
        pages = int(re.search(r"Built (\d+) pages", full[0][4]).group(1))
        med = lambda xs, i: statistics.median(x[i] for x in xs)
        phases = " · ".join(f"{k} {float(v):.2f}" for k, v in full[0][2].items())
        rows.append((name, results, pages, med(full, 0), pages / med(full, 0), med(full, 1), med(noop, 0), noop[0][3],
                     med(one, 0), one[0][3], phases))
    print()
    print("| scale | results | pages | full build | pages/s | peak RSS | no-op (files written) | one file changed (files written) | phases of the full build (s) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in rows:
        print(f"| {r[0]} | {r[1]:,} | {r[2]:,} | {r[3]:.2f} s | {r[4]:,.0f} | {r[5]:,.0f} MiB | {r[6]:.2f} s ({r[7]}) | {r[8]:.2f} s ({r[9]}) | {r[10]} |")
    print(f"\n{runs} run(s) each, medians; outputs in {OUT}.")


if __name__ == "__main__":
    main()
