"""Real-browser fixtures: the ETL's snapshot of data/raw, the app on a free port, and
Debian's headless chromium driven by Playwright with every non-local request blocked.

Playwright's own browser download does not work on our machines: we launch the
distribution's /usr/bin/chromium (packages: chromium fonts-noto-cjk).  Without it the
tests skip with a reason, except on CI (CI=true), where a missing browser is a failure.
"""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("REFORM_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "test-artifacts"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]"}
APP_START_TIMEOUT = 60.0
PAGE_TIMEOUT_MS = 60_000


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _python() -> str:
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


@pytest.fixture(scope="session")
def chromium_executable() -> str:
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} 不存在：请安装 Debian 软件包 chromium 与 fonts-noto-cjk"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason + "（CI 上浏览器测试不得跳过）")
        pytest.skip(reason)
    return str(CHROMIUM)


@pytest.fixture(scope="session")
def snapshot_dir(tmp_path_factory) -> Path:
    """The real ETL run on data/raw, into a folder of the test's own."""
    out = tmp_path_factory.mktemp("snapshot")
    done = subprocess.run([_python(), "-m", "etl", str(ROOT / "data" / "raw"), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"ETL failed:\n{done.stdout}\n{done.stderr}"
    return out


@pytest.fixture(scope="session")
def app_url(snapshot_dir, chromium_executable):
    """`streamlit run dashboard.py` on a free port over the test snapshot."""
    ARTIFACTS.mkdir(exist_ok=True)
    port = _free_port()
    env = {**os.environ, "REFORM_DATA_DIR": str(snapshot_dir), "PYTHONUNBUFFERED": "1"}
    log = open(ARTIFACTS / "streamlit.log", "w", encoding="utf-8")
    server = subprocess.Popen(
        [_python(), "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1",
         # no --browser.gatherUsageStats here: .streamlit/config.toml must turn it off, and the
         # offline check would flag the request to Streamlit's servers if it did not
         "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + APP_START_TIMEOUT
    while True:
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    break
        except OSError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            log.close()
            pytest.fail("streamlit did not start:\n" + (ARTIFACTS / "streamlit.log").read_text(encoding="utf-8"))
        time.sleep(0.3)
    yield url
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
    log.close()


@pytest.fixture(scope="session")
def browser(chromium_executable):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=chromium_executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class OfflinePage:
    """A Playwright page whose every request off this machine is aborted and recorded."""

    def __init__(self, page, base_url: str):
        self.page = page
        self.base_url = base_url
        self.external: list[str] = []
        self.js_errors: list[str] = []

    def open(self, path: str) -> None:
        self.page.goto(self.base_url + path, wait_until="domcontentloaded")
        wait_for_app(self.page)

    def wait(self) -> None:
        """Until the rerun an interaction (a click, a widget change) started has finished."""
        wait_for_app(self.page)

    def screenshot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def wait_for_app(page) -> None:
    """Until the script run that the navigation started has finished."""
    page.wait_for_selector('[data-testid="stApp"][data-test-connection-state="CONNECTED"]',
                           timeout=PAGE_TIMEOUT_MS)
    # The state goes initial -> running -> notRunning; a page may rerun itself once (st.rerun,
    # query-param sync), so it must stay idle for a moment before we read it.
    idle = '[data-testid="stApp"][data-test-script-state="notRunning"]'
    page.wait_for_selector(idle, timeout=PAGE_TIMEOUT_MS)
    for _ in range(3):
        page.wait_for_timeout(400)
        page.wait_for_selector(idle, timeout=PAGE_TIMEOUT_MS)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stSkeleton\"]')",
                           timeout=PAGE_TIMEOUT_MS)


def _is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("data", "blob", "about") or parts.hostname in LOCAL_HOSTS


@pytest.fixture()
def offline_page(browser, app_url, request):
    context = browser.new_context(accept_downloads=True, locale="zh-CN", viewport={"width": 1440, "height": 1000})
    context.set_default_timeout(PAGE_TIMEOUT_MS)
    page = context.new_page()
    wrapper = OfflinePage(page, app_url)

    def block_external(route):
        if _is_local(route.request.url):
            route.continue_()
        else:
            wrapper.external.append(route.request.url)
            route.abort()

    context.route("**/*", block_external)
    page.on("websocket", lambda ws: None if _is_local(ws.url) else wrapper.external.append(ws.url))
    page.on("pageerror", lambda exc: wrapper.js_errors.append(str(exc)))
    yield wrapper
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        wrapper.screenshot("FAILED-" + re.sub(r"[^\w.-]+", "_", request.node.name))
    context.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)
