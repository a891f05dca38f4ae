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
