"""Shared fixtures. `built_site`: the handbook built once per test session (mkdocs build --strict);
for the browser tests, `site_url` (the built site served locally), `browser` (headless Chromium)
and `page` (a fresh offline page that fails its test on a page error, a dialog or a request to
another host)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

try:
    import fcntl
except ImportError:  # Windows has no fcntl: there each process builds its own site
    fcntl = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parent.parent


def _build_site(site: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=ROOT, capture_output=True, text=True,
    )
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private strict build of the site (never the shared site/ directory), read only by the
    tests. When `make test` runs one process per CPU (pytest-xdist), the processes of the run
    share one build: the first to need it builds it under a lock, the others wait and reuse it."""
    if not os.environ.get("PYTEST_XDIST_WORKER") or fcntl is None:
        site = tmp_path_factory.mktemp("built-site") / "site"
        _build_site(site)
        return site
    shared = tmp_path_factory.getbasetemp().parent  # the run's temporary folder, one per run
    site, done = shared / "built-site" / "site", shared / "built-site" / "done"
    done.parent.mkdir(exist_ok=True)
    with (shared / "built-site.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            _build_site(site)
            done.write_text("built\n", encoding="utf-8")
    return site


PAGE_TIMEOUT_MS = 90_000  # the first check waits for Pyodide to load

# The slowest files, slowest first (minutes of CPU each: a browser, whole-pack regex checks, builds of the
# site). `make test` hands whole files to one process per CPU in the order they are collected; starting
# with the longest keeps one process from being left with a long file at the end while the others idle.
SLOW_FIRST = [
    "test_browser.py", "test_literals.py", "test_pdf.py", "test_fresh_corpus.py", "test_trust_page.py",
    "test_hardening.py", "test_hant_edition.py", "test_site.py", "test_roleplay_browser.py",
    "test_exercise_hooks.py", "test_reach.py", "test_parity.py", "test_cli.py",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Files in SLOW_FIRST order, then the rest as collected; the tests of a file keep their order."""
    rank = {name: i for i, name in enumerate(SLOW_FIRST)}
    position = {id(item): i for i, item in enumerate(items)}
    items.sort(key=lambda item: (rank.get(item.path.name, len(rank)), position[id(item)]))


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    from offline_browser import serve

    with serve(built_site) as base:
        yield base


@pytest.fixture(scope="module")  # module: other test files start their own Playwright afterwards
def browser() -> Iterator[Any]:
    from offline_browser import chromium_missing, launch
    from playwright.sync_api import sync_playwright

    missing = chromium_missing()
    if missing:
        pytest.skip(missing)
    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    from offline_browser import block_external

    context = browser.new_context(accept_downloads=True)
    external = block_external(context)
    pg = context.new_page()
    problems: list[str] = []
    pg.on("dialog", lambda d: (problems.append(f"dialog opened: {d.message}"), d.dismiss()))
    pg.on("pageerror", lambda e: problems.append(f"page error: {e} {e.stack}"))
    pg.set_default_timeout(PAGE_TIMEOUT_MS)
    yield pg
    context.close()
    assert not problems, problems
    assert not external, f"requests to other hosts: {external}"
