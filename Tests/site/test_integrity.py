"""Fault injection: the published site is never wrong, never half-updated, never written through
a link. A corpus where a build takes about a second (4 provinces × 40 communes × 12 months) is
built into an existing site while the build is killed at random moments, the disk fills up, the
records beside the site are damaged and links are planted; after each fault the output folder
must be byte for byte one of the two sites (the one before, the one being built), hold no
temporary file, and the next build must give the bytes of a clean build.

Seeded: the seed is printed, and MINHBACH_FAULT_SEED=<seed> replays a run. The build under test
is MINHBACH_BIN (the debug build, from `make test`).
"""
import os
import pathlib
import random
import re
import shutil
import signal
import subprocess
import sys
import time

import pytest

from conftest import REPO

PROVINCES, COMMUNES, MONTHS = 4, 40, 12
KILLS = 24
STATE = ".minhbach-state"


def snapshot(folder):
    """Every file below `folder` with its bytes, the machine-local state left out."""
    folder = pathlib.Path(folder)
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*")
            if (p.is_file() or p.is_symlink()) and p.name != STATE}


def leftovers(folder):
    return [str(p) for p in pathlib.Path(folder).rglob("*") if "minhbach-tmp" in p.name or p.name.startswith(".minhbach-new")]


def differences(found, expected):
    missing = sorted(set(expected) - set(found))[:3]
    extra = sorted(set(found) - set(expected))[:3]
    changed = sorted(p for p in set(found) & set(expected) if found[p] != expected[p])[:3]
    return f"missing {missing}, extra {extra}, changed {changed}"


class Corpus:
    """The corpus in four versions: the site's title (every page) and one commune's score (a
    few pages) each in two states, with a clean build of each to compare with."""

    def __init__(self, binary, work):
        self.binary, self.work = binary, work
        self.content = work / "content"
        subprocess.run([sys.executable, str(REPO / "Benchmarks" / "corpus.py"), "--provinces", str(PROVINCES),
                        "--communes", str(COMMUNES), "--months", str(MONTHS), "--out", str(self.content)],
                       check=True, capture_output=True)
        self.env = dict(os.environ, XDG_CACHE_HOME=str(work / "cache"))
        self.site_yaml = (self.content / "site.yaml").read_text(encoding="utf-8")
        self.result = sorted((self.content / "results").glob("*/*.md"))[-2]
        self.result_text = self.result.read_text(encoding="utf-8")
        self.references = {}
        for version in [(0, 0), (1, 0), (0, 1), (1, 1)]:
            self.set(version)
            out = work / f"reference-{version[0]}{version[1]}" / "site"
            self.build(out, "--no-cache", cache=False)
            self.references[version] = snapshot(out)
            shutil.rmtree(out.parent)
        self.set((0, 0))

    def set(self, version):
        title, score = version
        (self.content / "site.yaml").write_text(self.site_yaml if not title else
                                                re.sub(r"(?m)^title: .*$", 'title: "Kết quả đã sửa"', self.site_yaml),
                                                encoding="utf-8")
        text = self.result_text
        if score:
            # The groups must keep adding up to the score: they are dropped with it.
            text = re.sub(r"(?m)^score: .*$", 'score: "12,34"', text)
            text = re.sub(r"(?m)^groups:\n(?:  .*\n)+", "", text)
        self.result.write_text(text, encoding="utf-8")
        self.version = version

    def command(self, out, *extra, cache=True):
        env = self.env if cache else dict(self.env, XDG_CACHE_HOME=str(self.work / "no-cache"))
        return [self.binary, "build", "--content", str(self.content), "--output", str(out),
                "--lang", "en", *extra], env

    def build(self, out, *extra, cache=True, expect=0):
        args, env = self.command(out, *extra, cache=cache)
        done = subprocess.run(args, capture_output=True, text=True, env=env)
        assert done.returncode == expect, done.stdout + done.stderr
        return done.stdout + done.stderr

    def expect(self, out, version=None, foreign=None):
        found = snapshot(out)
        for path in foreign or {}:
            assert found.pop(path, None) == foreign[path], f"{path}, which no build wrote, was not kept"
        expected = self.references[version or self.version]
        assert found == expected, differences(found, expected)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    binary = os.environ.get("MINHBACH_BIN")
    if not binary:
        pytest.fail("MINHBACH_BIN is not set: run these tests through `make test`")
    work = tmp_path_factory.mktemp("integrity")
    yield Corpus(binary, work)
    shutil.rmtree(work, ignore_errors=True)


@pytest.fixture
def site(corpus):
    """A published site of version (0, 0), in a folder of its own."""
    corpus.set((0, 0))
    out = corpus.work / f"site-{random.randrange(1 << 30)}" / "Site"
    corpus.build(out)
    yield out
    shutil.rmtree(out.parent, ignore_errors=True)
    corpus.set((0, 0))


def seed():
    value = int(os.environ.get("MINHBACH_FAULT_SEED", random.randrange(1 << 32)))
    print(f"MINHBACH_FAULT_SEED={value}")
    return random.Random(value)


def test_a_build_killed_at_any_moment_leaves_one_whole_site_and_the_next_build_is_clean(corpus, site):
    rng = seed()
    start = time.monotonic()
    corpus.set((1, 0))
    corpus.build(site)
    full = time.monotonic() - start   # a build that writes every page again
    published = (1, 0)
    finished_before_the_kill = 0
    for kill in range(KILLS):
        # Every other kill aims at a build that rewrites every page; the others at a correction.
        version = (1 - published[0], published[1]) if kill % 2 == 0 else (published[0], 1 - published[1])
        corpus.set(version)
        extra = ("--no-cache",) if rng.random() < 0.25 else ()
        args, env = corpus.command(site, *extra)
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        time.sleep(rng.uniform(0, full * 1.2))
        process.send_signal(signal.SIGKILL)
        code = process.wait()
        found = snapshot(site)
        assert not leftovers(site), f"kill {kill}: temporary files in the site: {leftovers(site)[:3]}"
        if found == corpus.references[version]:
            if code == 0:
                finished_before_the_kill += 1
            published = version
        else:
            assert found == corpus.references[published], f"kill {kill}: a mix of two sites: " + differences(found, corpus.references[published])
        if rng.random() < 0.5:
            # Nothing to do by hand: the next build gives the bytes of a clean one.
            corpus.build(site)
            corpus.expect(site, version)
            published = version
    print(f"{KILLS} kills, {finished_before_the_kill} after the build had ended")
    corpus.build(site)
    corpus.expect(site)
    # And a build with nothing to do says so, having checked it (a corrected score leaves its
    # siblings' published ranks with a warning, and a build with warnings is never skipped).
    corpus.set((version[0], 0))
    corpus.build(site)
    assert "up to date" in corpus.build(site)


@pytest.fixture
def small_disk(corpus, tmp_path):
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    size = sum(len(b) for b in corpus.references[(0, 0)].values())
    # Room for one site and its records, not for a second copy of every page.
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size * 3 // 2}", "tmpfs", str(mount)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    yield mount, size
    subprocess.run(["umount", "-l", str(mount)])


@pytest.mark.parametrize("ballast", [0, 0.3], ids=["disk-full-early", "disk-full-late"])
def test_a_full_disk_leaves_the_site_as_it_was(corpus, small_disk, ballast):
    mount, size = small_disk
    out = mount / "Site"
    corpus.set((0, 0))
    corpus.build(out)
    if ballast:
        # Most of the room left is taken, so that the build fails late, after most pages.
        free = shutil.disk_usage(mount).free
        (mount / "ballast").write_bytes(b"\0" * int(free * ballast))
    corpus.set((1, 0))
    log = corpus.build(out, expect=1)
    assert "No space left" in log or "no space left" in log, log
    corpus.expect(out, (0, 0))
    assert not leftovers(out)
    # Room again: the next build is a clean one.
    subprocess.run(["mount", "-o", f"remount,size={size * 4}", str(mount)], check=True)
    corpus.build(out)
    corpus.expect(out, (1, 0))


DAMAGE = {
    "manifest deleted": lambda d: (d / ".minhbach-manifest").unlink(),
    "manifest emptied": lambda d: (d / ".minhbach-manifest").write_bytes(b""),
    "manifest cut in half": lambda d: cut(d / ".minhbach-manifest"),
    "manifest byte flipped": lambda d: flip(d / ".minhbach-manifest"),
    "manifest line appended": lambda d: append(d / ".minhbach-manifest", b"0000000000000000 1 extra.html\n"),
    "state deleted": lambda d: (d / STATE).unlink(),
    "state emptied": lambda d: (d / STATE).write_bytes(b""),
    "state cut in half": lambda d: cut(d / STATE),
    "state byte flipped": lambda d: flip(d / STATE),
    "site emptied as git rm leaves it": lambda d: [shutil.rmtree(p) if p.is_dir() else p.unlink()
                                                    for p in d.iterdir() if p.name != STATE],
}


def cut(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def flip(path):
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def append(path, line):
    path.write_bytes(path.read_bytes() + line)


def same_size_edit(site):
    """A figure changed by hand inside the published site, the file's size and times kept."""
    page = next(p for p in sorted(site.glob("don-vi/*/20*/index.html")))
    text = page.read_bytes()
    figure = re.search(rb"\d\d,\d\d", text)
    edited = text[: figure.start()] + b"99,99" + text[figure.end():]
    assert len(edited) == len(text) and edited != text
    times = page.stat()
    page.write_bytes(edited)
    os.utime(page, ns=(times.st_atime_ns, times.st_mtime_ns))
    return page


@pytest.mark.parametrize("form", list(DAMAGE))
@pytest.mark.parametrize("extra", [(), ("--no-cache",)], ids=["build", "no-cache"])
def test_damaged_records_are_unknown_never_up_to_date(corpus, site, form, extra):
    (site / "CNAME").write_bytes(b"minhbach.example.vn\n")
    same_size_edit(site)
    DAMAGE[form](site)
    log = corpus.build(site, *extra)
    assert "up to date" not in log
    foreign = {} if form == "site emptied as git rm leaves it" else {"CNAME": b"minhbach.example.vn\n"}
    corpus.expect(site, (0, 0), foreign=foreign)
    # What the build wrote is again proof enough for the next one.
    assert "up to date" in corpus.build(site)


def test_a_same_size_edit_with_its_time_restored_is_repaired(corpus, site):
    page = same_size_edit(site)
    log = corpus.build(site)
    assert "up to date" not in log
    corpus.expect(site)
    # Also when the page is one the build keeps rather than renders again.
    same_size_edit(site)
    corpus.set((0, 1))
    corpus.build(site)
    corpus.expect(site, (0, 1))
    assert page.read_bytes() == corpus.references[(0, 1)][str(page.relative_to(site))]


def test_files_no_build_wrote_are_kept(corpus, site):
    foreign = {"CNAME": b"minhbach.example.vn\n", ".well-known/security.txt": b"Contact: mailto:x@example.vn\n"}
    (site / ".well-known").mkdir()
    for path, data in foreign.items():
        (site / path).write_bytes(data)
    for version in [(1, 0), (1, 1), (0, 0)]:
        corpus.set(version)
        corpus.build(site)
        corpus.expect(site, foreign=foreign)


def test_links_are_never_written_through(corpus, site, tmp_path):
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "keep.txt").write_bytes(b"not the site's")
    before = snapshot(victim)
    work = site.parent / ".Site.minhbach"
    # A link where the site has a folder, in the published tree and in the spare one.
    shutil.rmtree(site / "don-vi")
    (site / "don-vi").symlink_to(victim)
    shutil.rmtree(work / "spare" / "chi-so")
    (work / "spare" / "chi-so").symlink_to(victim)
    corpus.set((1, 0))
    corpus.build(site)
    corpus.expect(site)
    assert snapshot(victim) == before
    # The spare tree itself a link.
    shutil.rmtree(work / "spare")
    (work / "spare").symlink_to(victim)
    corpus.set((0, 0))
    corpus.build(site)
    corpus.expect(site)
    assert snapshot(victim) == before and not (victim / ".minhbach-manifest").exists()


def test_an_output_folder_that_is_a_link_to_the_content_is_refused(corpus, tmp_path):
    alias = tmp_path / "alias"
    alias.symlink_to(corpus.content)
    before = snapshot(corpus.content)
    log = corpus.build(alias, expect=1)
    assert "overlaps the content folder" in log
    assert snapshot(corpus.content) == before


def test_two_builds_into_one_folder_take_turns(corpus, site):
    corpus.set((1, 1))
    processes = [subprocess.Popen(*[corpus.command(site)[0]], env=corpus.command(site)[1],
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) for _ in range(3)]
    logs = [p.communicate()[0] for p in processes]
    assert all(p.returncode == 0 for p in processes), logs
    assert any("waiting" in log for log in logs), logs
    corpus.expect(site)


def test_a_link_in_the_spare_tree_where_stale_pages_were_deletes_nothing_outside(corpus, site, tmp_path):
    # A unit's pages made stale (its folder then in the spare tree only), then that folder in the
    # spare tree replaced by a link to a copy of it holding a file of someone else's.
    unit = corpus.result.stem
    victim = tmp_path / "victim"
    saved = {p: p.read_bytes() for p in corpus.content.glob(f"results/*/{unit}.md")}
    for p in saved:
        p.unlink()
    try:
        corpus.build(site)
        spare_unit = site.parent / ".Site.minhbach" / "spare" / "don-vi" / unit
        shutil.copytree(spare_unit, victim)
        (victim / "precious.txt").write_bytes(b"keep me")
        before = snapshot(victim)
        shutil.rmtree(spare_unit)
        spare_unit.symlink_to(victim)
        corpus.set((1, 0))
        corpus.build(site)
        assert snapshot(victim) == before
    finally:
        for p, data in saved.items():
            p.write_bytes(data)
    corpus.build(site)
    corpus.expect(site, (1, 0))


def test_an_entry_hidden_by_a_restored_folder_time_is_still_kept(corpus, site):
    folder = next(site.glob("don-vi/*/"))
    times = folder.stat()
    (folder / "extra.txt").write_bytes(b"not the build's")
    os.utime(folder, ns=(times.st_atime_ns, times.st_mtime_ns))   # as touch -r, rsync -t, tar -x do
    corpus.set((1, 0))
    corpus.build(site)
    corpus.expect(site, foreign={str((folder / "extra.txt").relative_to(site)): b"not the build's"})


def test_files_put_into_the_site_while_a_build_runs_are_kept(corpus, site):
    corpus.set((1, 0))
    args, env = corpus.command(site)
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    time.sleep(0.3)
    (site / ".well-known" / "acme-challenge").mkdir(parents=True, exist_ok=True)
    (site / ".well-known" / "acme-challenge" / "token").write_bytes(b"token")
    (site / "CNAME").write_bytes(b"minhbach.example.vn\n")
    assert process.wait() == 0
    foreign = {".well-known/acme-challenge/token": b"token", "CNAME": b"minhbach.example.vn\n"}
    corpus.expect(site, foreign=foreign)
    corpus.build(site)
    corpus.expect(site, foreign=foreign)
