"""The dashboard in a real browser, offline: every page renders, the map draws,
URL filters apply, and the CSV download matches what is shown.

Each test asserts that no request left localhost (the fixture aborts and records
them): the app must work on a network without internet.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import duckdb
import pytest

from app.ui_text import AGENCY_TYPES, T, column_label

CORE_PAGES = ["", "leaderboard", "themes", "case", "data"]
OPTIONAL_PAGES = ["methodology", "compare"]
UTF8_BOM = b"\xef\xbb\xbf"
# The app draws its own page links (st.page_link, so they carry the filters); st.navigation's
# own sidebar list is the fallback.
NAV_LINKS = '[data-testid="stSidebar"] a[data-testid="stPageLink-NavLink"], [data-testid="stSidebarNavLink"]'


def _sql(snapshot_dir, sql: str, params=None):
    con = duckdb.connect()
    con.execute(f"CREATE VIEW cases AS SELECT * FROM read_parquet('{snapshot_dir / 'cases.parquet'}')")
    return con.execute(sql, params or []).fetchall()


@pytest.fixture(scope="session")
def a_case_id(snapshot_dir) -> str:
    rows = _sql(snapshot_dir, "SELECT case_id FROM cases ORDER BY doc_id, seq LIMIT 1")
    assert rows, "the ETL found no case in data/raw"
    return rows[0][0]


@pytest.fixture(scope="session")
def nav_paths(browser, app_url) -> list[str]:
    """Page paths as the sidebar lists them (st.page_link or st.navigation links) ('' for the home page)."""
    page = browser.new_page()
    page.goto(app_url + "/", wait_until="domcontentloaded")
    page.wait_for_selector(NAV_LINKS, timeout=60_000)
    hrefs = page.locator(NAV_LINKS).evaluate_all("els => els.map(e => e.href)")
    page.close()
    return [re.sub(r"^https?://[^/]+/?", "", href).split("?")[0].strip("/") for href in hrefs]


@pytest.fixture(scope="session")
def type_filter(snapshot_dir) -> tuple[str, int]:
    """An agency type that selects some but not all cases (court when it does), and its count.

    The filter only accepts types the snapshot holds (an absent one is reported and
    ignored), so when the snapshot has a single type the test filters on that one.
    """
    counts = dict(_sql(snapshot_dir, "SELECT agency_type, count(*) FROM cases GROUP BY 1"))
    total = sum(counts.values())
    telling = [t for t in AGENCY_TYPES if 0 < counts.get(t, 0) < total]
    if telling:
        chosen = "court" if "court" in telling else telling[0]
    else:
        chosen = max(counts, key=counts.get)
    return chosen, counts[chosen]


def assert_offline(page) -> None:
    assert page.external == [], f"requests to outside hosts were attempted: {page.external}"


def assert_no_exception(page) -> None:
    boxes = page.page.locator('[data-testid="stException"]')
    assert boxes.count() == 0, "exception on the page:\n" + "\n".join(boxes.all_inner_texts())


def _numbers_in(template: str) -> str:
    """A regex for a ui_text template whose {placeholders} are numbers: named groups."""
    return re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[\\d,]+)", re.escape(template))


def page_url(path: str, case_id: str) -> str:
    return f"/{path}?case={case_id}" if path == "case" else f"/{path}"


def test_navigation_lists_the_core_pages(nav_paths):
    assert set(CORE_PAGES) <= set(nav_paths), nav_paths


@pytest.mark.parametrize("path", CORE_PAGES + OPTIONAL_PAGES)
def test_page_renders_offline_without_exception(offline_page, nav_paths, a_case_id, path):
    if path not in nav_paths:
        pytest.skip(f"/{path} is not in the sidebar navigation of this build")
    offline_page.open(page_url(path, a_case_id))
    offline_page.screenshot(f"page-{path or 'home'}")
    assert_no_exception(offline_page)
    assert offline_page.page.locator('[data-testid="stMain"]').inner_text().strip()
    assert offline_page.js_errors == []
    assert_offline(offline_page)


def test_case_page_shows_the_case_from_the_url(offline_page, snapshot_dir, a_case_id):
    (title,) = _sql(snapshot_dir, "SELECT title FROM cases WHERE case_id = ?", [a_case_id])[0]
    offline_page.open(f"/case?case={a_case_id}")
    assert_no_exception(offline_page)
    assert title[:12] in offline_page.page.locator('[data-testid="stMain"]').inner_text()
    assert_offline(offline_page)


def _map_fill_counts(page) -> list[int]:
    charts = page.locator('[data-testid="stPlotlyChart"] .js-plotly-plot')
    return [chart.locator("path.js-fill").count() for chart in charts.all()]


def test_themes_map_draws_every_province_offline(offline_page):
    offline_page.open("/themes")
    page = offline_page.page
    page.wait_for_selector('[data-testid="stPlotlyChart"] .js-plotly-plot path.js-fill', timeout=60_000)
    offline_page.screenshot("themes-map")
    assert_no_exception(offline_page)
    # 34 provincial-level units, plus the provinces' pieces inside the 南海诸岛 inset
    assert max(_map_fill_counts(page)) >= 34, _map_fill_counts(page)
    assert_offline(offline_page)


def _shown_rows(page) -> int:
    """Rows in the first visible data grid (its accessible table counts the header row too)."""
    grid = page.locator('[data-testid="stDataFrame"]:visible table[role="grid"]').first
    return int(grid.get_attribute("aria-rowcount")) - 1


def _visible_column(page, heading: str) -> list[str]:
    """Cell texts of one column in the rows the grid has rendered."""
    grid = page.locator('[data-testid="stDataFrame"]:visible table[role="grid"]').first
    headers = grid.locator("thead th").all_inner_texts()
    if heading not in headers:
        return []
    index = headers.index(heading) + 1
    return [t.strip() for t in grid.locator(f"tbody tr td:nth-child({index})").all_inner_texts()]


def test_data_page_applies_the_type_filter_from_the_url(offline_page, type_filter):
    agency_type, expected = type_filter
    offline_page.open(f"/data?type={agency_type}")
    page = offline_page.page
    offline_page.screenshot(f"data-type-{agency_type}")
    assert_no_exception(offline_page)
    main = page.locator('[data-testid="stMain"]').inner_text()
    shown = re.search(_numbers_in(T["data_shown"]), main)
    assert shown, "the data page's row caption (ui_text data_shown) is missing"
    limit = int(shown.group("limit").replace(",", ""))
    assert _shown_rows(page) == int(shown.group("n").replace(",", "")) == min(expected, limit)
    types = _visible_column(page, column_label("agency_type"))
    assert types and set(types) == {AGENCY_TYPES[agency_type]}
    assert_offline(offline_page)


def test_csv_download_has_bom_and_the_rows_shown(offline_page, type_filter):
    agency_type, _ = type_filter
    offline_page.open(f"/data?type={agency_type}")
    page = offline_page.page
    button = page.locator('[data-testid="stDownloadButton"]:visible button', has_text=T["dl_csv"]).first
    shown = _shown_rows(page)
    with page.expect_download() as info:
        button.click()
    body = Path(info.value.path()).read_bytes()
    assert body.startswith(UTF8_BOM)
    rows = list(csv.reader(io.StringIO(body[len(UTF8_BOM):].decode("utf-8"))))
    assert len(rows) - 1 == shown  # minus the header
    assert_offline(offline_page)


def test_offline_guard_records_a_request_to_an_outside_host(offline_page):
    """The guard every test relies on: a request off this machine is aborted and recorded."""
    offline_page.open("/")
    offline_page.page.evaluate("() => fetch('https://cdn.plot.ly/ping').catch(() => null)")
    offline_page.page.wait_for_timeout(300)
    assert offline_page.external == ["https://cdn.plot.ly/ping"]


@pytest.fixture(scope="session")
def busiest_province(snapshot_dir) -> str:
    rows = _sql(snapshot_dir, "SELECT province FROM cases WHERE province IS NOT NULL "
                              "GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
    assert rows, "the ETL resolved no province in data/raw"
    return rows[0][0]


def test_clicking_a_province_dot_drills_down_to_its_regions(offline_page, busiest_province):
    from app import maps
    from etl import geo

    offline_page.open("/themes")
    page = offline_page.page
    province_map = page.locator('[data-testid="stPlotlyChart"] .js-plotly-plot').first
    # the last trace holds one dot per province, in the order of the shapes file
    dots = province_map.locator("g.scatterlayer g.trace").last.locator("path.point")
    dots.nth(maps.province_names().index(busiest_province)).click(force=True)
    offline_page.wait()
    offline_page.screenshot("themes-drill-click")
    assert_no_exception(offline_page)
    assert parse_qs(urlsplit(page.url).query).get("drill") == [busiest_province]
    n_regions = len(geo.province_children(busiest_province))
    assert n_regions in _map_fill_counts(page), _map_fill_counts(page)
    assert_offline(offline_page)


def _pixel_of(page, chart_index: int, lon: float, lat: float) -> tuple[float, float]:
    """Where a map coordinate sits on the page (Plotly's own axis conversion)."""
    return tuple(page.evaluate("""([i, lon, lat]) => {
        const gd = document.querySelectorAll('[data-testid="stPlotlyChart"] .js-plotly-plot')[i];
        const fl = gd._fullLayout, box = gd.getBoundingClientRect();
        return [box.left + fl._size.l + fl.xaxis.l2p(lon), box.top + fl._size.t + fl.yaxis.l2p(lat)];
    }""", [chart_index, lon, lat]))


def test_clicking_inside_a_province_not_on_its_dot_drills_down(offline_page, busiest_province):
    from app import maps

    shape = next(s for s in maps.province_shapes() if s.name == busiest_province)
    # the click target inside the province farthest from its dot: a click on the fill, not the dot
    lon, lat = max(zip(shape.click_xs, shape.click_ys),
                   key=lambda p: (p[0] - shape.label_point[0]) ** 2 + (p[1] - shape.label_point[1]) ** 2)
    offline_page.open("/themes")
    page = offline_page.page
    page.wait_for_selector('[data-testid="stPlotlyChart"] .js-plotly-plot path.js-fill', timeout=60_000)
    x, y = _pixel_of(page, 0, lon, lat)
    page.mouse.move(x - 4, y)
    page.mouse.move(x, y)
    page.mouse.click(x, y)
    offline_page.wait()
    offline_page.screenshot("themes-drill-fill-click")
    assert_no_exception(offline_page)
    assert parse_qs(urlsplit(page.url).query).get("drill") == [busiest_province]
    assert_offline(offline_page)


def test_tables_offer_no_export_of_their_own(offline_page):
    """Our 下载 buttons (BOM, formula neutralising, Chinese headers, a named file) are the only export."""
    offline_page.open("/data")
    page = offline_page.page
    page.locator('[data-testid="stDataFrame"]:visible').first.hover()
    toolbar = page.locator('[data-testid="stElementToolbar"]').first
    toolbar.wait_for(state="attached")
    labels = toolbar.locator("button").evaluate_all("els => els.map(e => e.getAttribute('aria-label'))")
    assert labels and not any("download" in (label or "").lower() for label in labels), labels
    assert_offline(offline_page)


def test_charts_show_no_plotly_toolbar(offline_page):
    offline_page.open("/")
    page = offline_page.page
    page.locator('[data-testid="stPlotlyChart"]').first.hover()
    assert page.locator('[data-testid="stPlotlyChart"] .js-plotly-plot').count() > 0
    assert page.locator('[data-testid="stPlotlyChart"] .modebar-btn').count() == 0
    assert_offline(offline_page)
