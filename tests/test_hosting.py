"""The trainer guide's nginx configuration (deploy/nginx.conf) serves a working handbook."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_helpers import block_external, chromium_missing, launch
from playwright.sync_api import expect, sync_playwright

from exercises.bank import load_bank

ROOT = Path(__file__).resolve().parent.parent
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
EXERCISE = "calm-down"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def nginx_conf(site: Path, port: int) -> str:
    conf = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    conf, roots = re.subn(r"(?m)^(\s*)root\s+[^;]+;", lambda m: f"{m.group(1)}root {site};", conf)
    listen = f"listen 127.0.0.1:{port};"
    conf, listens = re.subn(r"(?m)^(\s*)listen\s+[^;]+;", lambda m: f"{m.group(1)}{listen}", conf)
    assert roots == 1 and listens == 1, "deploy/nginx.conf should have one root and one listen line"
    if os.geteuid() == 0 and not re.search(r"(?m)^\s*user\s", conf):
        conf = "user root;\n" + conf  # the test's site lives in root's private temp folder
    return conf


@pytest.fixture(scope="module")
def nginx_url(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not Path(NGINX).exists():
        pytest.skip("nginx is not installed (apt-get install -y nginx; .ci/run installs it)")
    prefix = tmp_path_factory.mktemp("nginx")
    port = free_port()
    conf = prefix / "nginx.conf"
    conf.write_text(nginx_conf(built_site, port), encoding="utf-8")
    test = subprocess.run([NGINX, "-t", "-c", str(conf), "-p", f"{prefix}/"], capture_output=True, text=True)
    assert test.returncode == 0, test.stderr
    proc = subprocess.Popen([NGINX, "-c", str(conf), "-p", f"{prefix}/", "-g", "daemon off;"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"nginx did not start: {proc.stderr.read().decode() if proc.stderr else ''}")
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_wasm_and_modules_have_the_right_types(nginx_url: str) -> None:
    for path, mime in (
        ("assets/pyodide/pyodide.asm.wasm", "application/wasm"),
        ("assets/pyodide/pyodide.mjs", "javascript"),
        ("assets/exercise.js", "javascript"),
        ("assets/exercise-worker.js", "javascript"),
    ):
        with urllib.request.urlopen(nginx_url + path) as response:
            assert response.status == 200
            assert mime in response.headers["Content-Type"], (path, response.headers["Content-Type"])


def test_one_exercise_round_trip_in_the_browser(nginx_url: str) -> None:
    missing = chromium_missing()
    if missing:
        pytest.skip(missing)
    ex = load_bank()[EXERCISE]
    with sync_playwright() as p:
        browser: Any = launch(p)
        context = browser.new_context()
        external = block_external(context)
        page = context.new_page()
        page.goto(f"{nginx_url}en/{ex.case}/")
        widget = page.locator(f'[data-exercise="{EXERCISE}"]')
        box = widget.locator('textarea[data-role="answer"]')
        box.fill(ex.lang("en").model_answers[0])
        widget.locator('[data-role="check"]').click()
        feedback = widget.locator('[data-role="feedback"]')
        expect(feedback).to_have_attribute("data-state", "passed", timeout=90_000)
        box.fill(ex.lang("en").bad_reply)
        widget.locator('[data-role="check"]').click()
        expect(feedback).to_have_attribute("data-state", "failed", timeout=30_000)
        browser.close()
        assert not external, external
