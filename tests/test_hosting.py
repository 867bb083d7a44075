"""The trainer guide's nginx configuration (deploy/nginx.conf) serves a working handbook."""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from offline_browser import block_external, browser_search, chromium_missing, launch
from playwright.sync_api import expect, sync_playwright

from exercises.exercise_bank import load_bank

ROOT = Path(__file__).resolve().parent.parent
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
EXERCISE = "calm-down"
HEADERS_FILE = "nginx-security-headers.conf"  # written into the site by hooks/csp.py


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
    # the security headers come from the file the build wrote into the site
    conf = re.sub(rf"(?m)^(\s*)include\s+\S*{re.escape(HEADERS_FILE)};",
                  lambda m: f"{m.group(1)}include {site / HEADERS_FILE};", conf)
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


def locations(conf: str) -> list[str]:
    """The body of each `location` block of an nginx configuration (no nested blocks)."""
    return re.findall(r"(?ms)^\s*location\b[^{]*\{(.*?)^\s*\}", conf)


def test_every_location_that_adds_headers_includes_the_security_headers() -> None:
    """nginx drops the server's add_header lines in a location with add_header of its own."""
    conf = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    blocks = locations(conf)
    assert len(blocks) >= 4
    for body in blocks:
        if "add_header" in body or "try_files" in body:
            assert re.search(rf"(?m)^\s*include\s+\S*/{re.escape(HEADERS_FILE)};", body), body


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_trainer_guide_shows_the_nginx_conf_as_it_is(lang: str) -> None:
    guide = (ROOT / "docs" / lang / "trainer-hosting.md").read_text(encoding="utf-8")
    shown = re.search(r"(?ms)^    ```nginx\n(.*?)^    ```$", guide)
    assert shown, f"{lang}: no nginx block in the trainer guide"
    text = "".join(line[4:] if line.strip() else line for line in shown.group(1).splitlines(keepends=True))
    assert text == (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    assert "nginx-security-headers.conf" in guide.split("```nginx")[0]  # the steps name the file too


def inline_script_hashes(site: Path) -> set[str]:
    """'sha256-…' of every inline script (not JSON data) of every built page, computed here."""
    found = set()
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for attrs, body in re.findall(r"(?is)<script\b([^>]*)>(.*?)</script>", html):
            if "src=" in attrs or re.search(r"type=\"?application/json", attrs):
                continue
            found.add("'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'")
    return found


def directives(policy: str) -> dict[str, list[str]]:
    return {parts[0]: parts[1:] for parts in (d.split() for d in policy.split(";")) if parts}


def headers_of(url: str) -> Any:
    try:
        with urllib.request.urlopen(url) as response:
            return response.status, response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.headers


def test_security_headers_on_pages_scripts_and_wasm(nginx_url: str, built_site: Path) -> None:
    bundle = next((built_site / "assets" / "javascripts").glob("bundle.*.min.js")).relative_to(built_site)
    hashes = inline_script_hashes(built_site)
    assert len(hashes) >= 2  # Material's inline scripts, at least
    for path, status in (
        ("", 200),
        ("en/cases/calm-down/", 200),
        ("assets/exercise.js", 200),
        ("assets/exercise-worker.js", 200),
        (bundle.as_posix(), 200),
        ("assets/pyodide/pyodide.mjs", 200),
        ("assets/pyodide/pyodide.asm.wasm", 200),
        ("search/search_index.json", 200),
        ("no-such-page/", 404),
        (HEADERS_FILE, 404),  # the generated nginx include is not served
    ):
        got, headers = headers_of(nginx_url + path)
        assert got == status, path
        csp = directives(headers.get("Content-Security-Policy") or "")
        assert csp, f"{path}: no Content-Security-Policy"
        assert csp["default-src"] == ["'self'"]
        script = csp["script-src"]
        assert script[:2] == ["'self'", "'wasm-unsafe-eval'"], script
        assert set(script[2:]) == hashes, f"{path}: script hashes differ from the pages' inline scripts"
        assert "'unsafe-eval'" not in script and "'unsafe-inline'" not in script
        assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
        assert csp["img-src"] == ["'self'", "data:"]
        for name in ("worker-src", "connect-src", "base-uri", "frame-ancestors"):
            assert csp[name] == ["'self'"], (path, name)
        assert csp["object-src"] == ["'none'"]
        assert headers.get("X-Content-Type-Options") == "nosniff", path
        assert headers.get("Referrer-Policy") in ("same-origin", "no-referrer"), path
        assert headers.get("Cache-Control"), f"{path}: the location's own cache header is gone"


# Reports every CSP violation of the page (in its document) to the test.
VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  const where = `${event.sourceFile}:${event.lineNumber}`;
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${where}`);
});
"""


def test_exercise_search_and_language_switch_work_under_the_security_policy(nginx_url: str) -> None:
    """A check, a search and a language switch, with zero CSP violations in pages and workers."""
    missing = chromium_missing()
    if missing:
        pytest.skip(missing)
    ex = load_bank()[EXERCISE]
    violations: list[str] = []

    def console(message: Any) -> None:
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            violations.append(message.text)

    def collect(page: Any) -> None:
        violations.extend(page.evaluate("window.__cspViolations || []"))
        page.evaluate("window.__cspViolations = []")

    with sync_playwright() as p:
        browser: Any = launch(p)
        context = browser.new_context()
        external = block_external(context)
        context.add_init_script(VIOLATIONS)
        page = context.new_page()
        page.on("console", console)
        page.on("worker", lambda worker: worker.on("console", console))
        response = page.goto(f"{nginx_url}en/{ex.case}/")
        assert response and "script-src" in (response.headers.get("content-security-policy") or "")
        assert page.evaluate("typeof __md_get") == "function", "Material's inline head script did not run"
        widget = page.locator(f'[data-exercise="{EXERCISE}"]')
        box = widget.locator('textarea[data-role="answer"]')
        box.fill(ex.lang("en").model_answers[0])
        widget.locator('[data-role="check"]').click()
        feedback = widget.locator('[data-role="feedback"]')
        expect(feedback).to_have_attribute("data-state", "passed", timeout=90_000)
        box.fill(ex.lang("en").bad_reply)
        widget.locator('[data-role="check"]').click()
        expect(feedback).to_have_attribute("data-state", "failed", timeout=30_000)
        collect(page)

        results = browser_search(page, nginx_url, f"en/{ex.case}/", "customer")
        assert results and all(r.startswith("en/") for r in results), results
        collect(page)
        results = browser_search(page, nginx_url, "", "推诿")
        assert "principles/" in results and not any(r.startswith("en/") for r in results), results
        collect(page)

        page.goto(f"{nginx_url}en/{ex.case}/")
        page.locator(".md-header .md-select").first.hover()
        page.locator("a.md-select__link[hreflang=zh]").first.click()
        page.wait_for_load_state("load")
        assert page.locator("html").get_attribute("lang") == "zh"
        assert page.url.endswith(f"/{ex.case}/") and "/en/" not in page.url
        page.wait_for_timeout(500)
        collect(page)
        browser.close()
    assert violations == []
    assert not external, external
