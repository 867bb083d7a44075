"""A built site served on 127.0.0.1 and a headless Chromium that reaches nothing else.

Shared by tools/make_pdf.py, the browser tests (tests/) and benchmarks/browser.py: the
server runs in a thread; the browser is Debian's Chromium (``$CHROMIUM``) driven by
Playwright, and ``block_external`` aborts every request to another host, so whatever
runs here runs offline, as on a trainer's intranet.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit


class _Handler(SimpleHTTPRequestHandler):
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".json": "application/json",
        ".whl": "application/zip",
    }

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
        pass


@contextmanager
def serve(root: Path) -> Iterator[str]:
    """Serve `root`; yields the base URL (ends with /)."""
    handler = functools.partial(_Handler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def chromium_missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing: apt-get update && apt-get install -y chromium"
    return None


def launch(playwright: Any) -> Any:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)


def block_external(context: Any, blocked: list[str] | None = None) -> list[str]:
    """Abort every request to a non-local host; returns the list of aborted URLs."""
    aborted = blocked if blocked is not None else []

    def handle(route: Any) -> None:
        url = route.request.url
        if url.startswith(("data:", "blob:")) or urlsplit(url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            aborted.append(url)
            route.abort()

    context.route("**/*", handle)
    return aborted


def bytes_before_interaction(context: Any, url: str, settle_ms: int = 1500) -> dict[str, int]:
    """Bytes each URL costs when `url` is opened and left alone (nothing clicked, focused or typed).

    Counts every response of the page and of its workers (Material's search worker, the
    exercise worker) until the network has been idle and `settle_ms` more have passed:
    body plus response headers, uncompressed when the server does not compress (the
    test server and benchmarks/browser.py serve files as they are). data: and blob: URLs
    cost nothing. Returns {url: bytes}; sum the values for the page's figure.
    """
    sizes: dict[str, int] = {}

    def finished(request: Any) -> None:
        if request.url.startswith(("data:", "blob:")):
            return
        measured = request.sizes()
        body = int(measured["responseBodySize"])
        if body <= 0:  # Chromium reports 0 for some worker scripts: trust Content-Length then
            response = request.response()
            body = int((response.headers.get("content-length") if response else None) or 0)
        sizes[request.url] = sizes.get(request.url, 0) + body + int(measured["responseHeadersSize"])

    context.on("requestfinished", finished)
    try:
        page = context.new_page()
        page.goto(url, wait_until="networkidle")
        page.wait_for_timeout(settle_ms)
        page.close()
    finally:
        context.remove_listener("requestfinished", finished)
    return sizes


def browser_search(page: Any, base: str, url: str, query: str) -> list[str]:
    """Type `query` into Material's search box on `url`; returns result URLs (site-relative)."""
    page.goto(base + url)
    box = page.locator("input.md-search__input")
    if not box.is_visible():
        page.locator("label.md-header__button[for=__search]").first.click()
    box.click()
    # Material says "initialising" until its worker has the index; type only after that
    page.wait_for_function(
        "() => { const m = document.querySelector('.md-search-result__meta');"
        " return m && m.textContent.trim() !== '' && !/初始化|Initializing/i.test(m.textContent); }",
        timeout=20_000,
    )
    box.fill(query)
    box.press("End")  # Material reads the box on keyup; fill() alone fires no key events
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function(
        "() => { const m = document.querySelector('.md-search-result__meta');"
        " return m && /符合条件|符合的|matching/i.test(m.textContent); }",
        timeout=20_000,
    )
    assert meta.count() == 1
    hrefs = page.eval_on_selector_all(".md-search-result__item > a", "els => els.map(e => e.href)")
    return [urlsplit(h).path.lstrip("/") for h in hrefs]
