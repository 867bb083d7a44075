# The handbook's plain entry point. Every target sets itself up (virtual environment,
# Python packages, the Pyodide runtime from npm) the first time it runs.
#
#   make serve   – build and serve the site at http://127.0.0.1:8000
#   make test    – run the whole test suite (what CI runs)
#   make build   – build the static site into site/
#   make pdf     – print the handbooks and the card to PDF (build/pdf/, offered in site/pdf/)
#   make bench   – print the speed figures

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.PHONY: setup serve build test pdf bench lint clean trust measure

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

setup: $(STAMP) $(NODE_STAMP)

serve: setup
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: setup
	$(BIN)/mkdocs build --strict

lint: setup
	$(BIN)/ruff check exercises hooks tests benchmarks tools
	$(BIN)/python -m exercises lint

# Builds the site once; at the end of that build hooks/print_edition.py prints the four
# handbooks and the two cards into build/pdf/ (tools/make_pdf.py) and offers them in site/pdf/.
pdf: setup
	HANDBOOK_PRINT_PDF=1 $(BIN)/mkdocs build --strict

# The suite runs in one process per CPU, at most four (pytest-xdist); each test file stays in one
# process (--dist loadfile), so its browser and its built site are started once. Files are handed
# out in the order tests/conftest.py collects them, slowest first (--no-loadscope-reorder: xdist
# would otherwise send the files with the most tests first, leaving the slow few-test files to run
# alone at the end). JOBS=0 runs it in this process alone (e.g. make test JOBS=0). The PDFs are
# printed by tests/test_pdf.py from the suite's own build, beside the other tests, not by a
# `make pdf` run alone before them (that took about two minutes of the CI run).
JOBS ?= $(shell n=$$(nproc 2>/dev/null || echo 1); if [ $$n -gt 4 ]; then n=4; fi; \
                if [ $$n -lt 2 ]; then n=0; fi; echo $$n)

test: setup lint
	$(BIN)/python -m pytest -n $(JOBS) --dist loadfile --no-loadscope-reorder

bench: setup build
	$(BIN)/python benchmarks/engine.py
	$(BIN)/python benchmarks/browser.py
	$(BIN)/python benchmarks/class_report.py

# Rewrites the figures of the page "How far to trust the checker" from the held-back corpus.
trust: setup
	$(BIN)/python tools/trust_page.py

# Prints the checker's agreement with people on the corpora (tests/corpus/), both splits.
measure: setup
	$(BIN)/python tools/measure.py

clean:
	rm -rf site .pytest_cache
