"""Fixtures for the checks that run on a freshly built site.

`make test` builds the sample Content/ twice into temporary folders and passes them here:
MINHBACH_SITE (the site's own base_url) and MINHBACH_SITE_SUBPATH (built with a deeper
sub-path --base-url, given in MINHBACH_SUBPATH_URL).
"""
import os
import pathlib

import pytest
import yaml

REPO = pathlib.Path(__file__).resolve().parents[2]


def _folder(variable):
    value = os.environ.get(variable)
    if not value:
        pytest.fail(f"{variable} is not set: run these tests through `make test`")
    return pathlib.Path(value)


@pytest.fixture(scope="session")
def site():
    return _folder("MINHBACH_SITE")


@pytest.fixture(scope="session")
def subpath_site():
    return _folder("MINHBACH_SITE_SUBPATH"), os.environ["MINHBACH_SUBPATH_URL"]


@pytest.fixture(scope="session")
def root_site():
    """The sample built with a base_url that has no sub-path, to be served at "/"."""
    return _folder("MINHBACH_SITE_ROOT")


@pytest.fixture(scope="session")
def content():
    return REPO / "Content"


@pytest.fixture(scope="session")
def base_url(content):
    return yaml.safe_load((content / "site.yaml").read_text(encoding="utf-8"))["base_url"]


def front_matter(path):
    """The YAML of a content file, every scalar kept as the text the editor wrote."""
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    _, fm, _ = text.split("---\n", 2)
    return yaml.load(fm, Loader=yaml.BaseLoader) or {}


def html_pages(folder):
    return sorted(p for p in folder.rglob("*.html"))


def heavy_pages(folder, limit=60_000, compressed=14_000):
    """The HTML pages over the budget of a page a phone fetches: (path, bytes, bytes gzipped)."""
    import gzip
    heavy = []
    for page in html_pages(folder):
        data = page.read_bytes()
        if len(data) > limit or len(gzip.compress(data)) > compressed:
            heavy.append((str(page.relative_to(folder)), len(data), len(gzip.compress(data))))
    return heavy


class StaticServer:
    """Serves a folder on 127.0.0.1 under a given path, like a static host would."""

    def __init__(self, folder, prefix="/"):
        import functools
        import http.server
        import tempfile
        import threading

        self._tmp = tempfile.TemporaryDirectory()
        root = pathlib.Path(self._tmp.name)
        target = root / prefix.strip("/") if prefix.strip("/") else root
        target.parent.mkdir(parents=True, exist_ok=True)
        if target == root:
            root = pathlib.Path(folder)
        else:
            target.symlink_to(pathlib.Path(folder).resolve(), target_is_directory=True)

        class Quiet(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args):
                pass

        handler = functools.partial(Quiet, directory=str(root))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}{prefix if prefix.endswith('/') else prefix + '/'}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()
        self._tmp.cleanup()


@pytest.fixture(scope="session")
def served(site, base_url):
    """The sample site served at its base_url's path (/hoa-thanh/) on 127.0.0.1."""
    import urllib.parse
    server = StaticServer(site, urllib.parse.urlparse(base_url).path)
    yield server.url
    server.close()
