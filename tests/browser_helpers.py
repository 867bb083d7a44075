"""Headless Debian Chromium for the browser tests and benchmarks: local files only."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

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
