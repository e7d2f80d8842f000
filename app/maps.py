"""Offline choropleth maps of China for the dashboard.

Why filled Cartesian scatter and not go.Choropleth / Choroplethmap: Plotly's geo
traces fetch their base-map topojson from a CDN even when given our own GeoJSON,
and the MapLibre traces fetch tiles and glyphs; the dashboard must work on a
network with no internet.  Here every region is a `go.Scatter(fill='toself')`
drawn on plain axes with an equal-area-ish aspect, so the figure needs nothing
but the numbers in it (tests/browser proves no request leaves localhost).

Shapes come from `python -m etl.geo --out data/geo` (run by `make`); when the
files are missing (a fresh checkout) they are built on first use and kept on disk.
Directory: env REFORM_GEO_DIR, default data/geo beside the app.

Drill-down by click: one marker per region (at a point inside it) carries the
colour scale and `customdata=[name]`, so

    event = st.plotly_chart(fig, on_select="rerun", selection_mode="points", key="map")
    province = maps.selected_region(event)   # None when nothing is selected

returns the clicked region's name.  Plotly reports no click on a fill, so besides the
dot each region carries a lattice of invisible points over its whole area (same
customdata): a click anywhere on a province selects it.
"""
from __future__ import annotations

import json
import math
import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import shapely
from plotly.colors import sample_colorscale
from shapely.geometry import shape

from app.charts import integer_ticks
from app.ui_text import T

GEO_DIR = Path(os.environ.get("REFORM_GEO_DIR", Path(__file__).resolve().parent.parent / "data" / "geo"))

FONT_FAMILY = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif'
COLORSCALE = "Blues"
NO_DATA_COLOR = "#eef0f3"
BORDER_COLOR = "#8a94a6"
# Strings shown on the map (all UI text lives in app/ui_text.py).
TEXT = {key: T[f"map_{key}"] for key in ("count", "unknown_province", "inset")}
# Click targets: about this many lattice points across the map's wider side (~10 px apart on
# the page, well inside Plotly's 20 px hover distance).
CLICK_LATTICE = 80

# 南海诸岛 inset: rings wholly south of INSET_CUT_LAT leave the main map (海南岛 itself reaches
# 18.1°N) and the clipped box etl.geo writes is drawn scaled down off the east coast, where the
# map has only sea, as standard maps of China do.
INSET_CUT_LAT = 17.8
INSET_ORIGIN = (125.5, 17.0)   # where the box's south-west corner goes, in main-map degrees
INSET_WIDTH = 10.5             # degrees of main-map longitude the box spans

_build_lock = threading.Lock()


@dataclass(frozen=True)
class RegionShape:
    name: str
    adcode: str
    xs: tuple          # lon of every ring, rings separated by None (one fill trace per region)
    ys: tuple
    label_point: tuple  # (lon, lat) inside the region's largest polygon
    click_xs: tuple = ()  # lattice points inside the region: the click targets (see module doc)
    click_ys: tuple = ()


def _ensure_built(geo_dir: Path) -> None:
    from etl import geo  # the build step; imported lazily, pages normally find the files ready

    meta = geo_dir / "_meta.json"
    if meta.exists() and json.loads(meta.read_text(encoding="utf-8")) == geo.build_meta():
        return
    with _build_lock:
        if not (meta.exists() and json.loads(meta.read_text(encoding="utf-8")) == geo.build_meta()):
            geo.build_geo(geo_dir)


def _rings(geometry: dict) -> list[list]:
    """Polygon rings, or the lines of a (Multi)LineString."""
    kind = geometry["type"]
    if kind == "GeometryCollection":  # a clip of the inset box can mix polygons and lines
        return [ring for part in geometry["geometries"] for ring in _rings(part)]
    coords = geometry["coordinates"]
    if kind in ("Polygon", "MultiLineString"):
        return coords
    if kind == "LineString":
        return [coords]
    if kind == "MultiPolygon":
        return [ring for polygon in coords for ring in polygon]
    return []


def _flatten(rings: list[list], south_cut: float | None = None) -> tuple[list, list]:
    """x and y of every ring, rings separated by None; rings wholly south of south_cut dropped."""
    xs, ys = [], []
    for ring in rings:
        if south_cut is not None and max(pt[1] for pt in ring) < south_cut:
            continue
        xs.extend(pt[0] for pt in ring)
        ys.extend(pt[1] for pt in ring)
        xs.append(None)
        ys.append(None)
    return xs, ys


def _lattice(geometries: list, south_cut: float | None) -> list[tuple[tuple, tuple]]:
    """For each geometry, the points of one lattice over all of them that fall inside it."""
    bounds = np.array([g.bounds for g in geometries if not g.is_empty])
    if not len(bounds):
        return [((), ())] * len(geometries)
    lon0, lat0 = bounds[:, 0].min(), bounds[:, 1].min()
    if south_cut is not None:
        lat0 = max(lat0, south_cut)
    lon1, lat1 = bounds[:, 2].max(), bounds[:, 3].max()
    step = max(lon1 - lon0, lat1 - lat0) / CLICK_LATTICE
    gx, gy = np.meshgrid(np.arange(lon0 + step / 2, lon1, step), np.arange(lat0 + step / 2, lat1, step))
    gx, gy = gx.ravel(), gy.ravel()
    out = []
    for geometry in geometries:
        if geometry.is_empty:
            out.append(((), ()))
            continue
        x0, y0, x1, y1 = geometry.bounds
        near = (gx >= x0) & (gx <= x1) & (gy >= y0) & (gy <= y1)
        inside = np.zeros_like(near)
        inside[near] = shapely.contains_xy(geometry, gx[near], gy[near])
        out.append((tuple(np.round(gx[inside], 3)), tuple(np.round(gy[inside], 3))))
    return out


def _shapes_from(path: Path, south_cut: float | None = None) -> tuple[RegionShape, ...]:
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    clicks = _lattice([shape(f["geometry"]) for f in features], south_cut)
    shapes = []
    for feature, (cx, cy) in zip(features, clicks):
        xs, ys = _flatten(_rings(feature["geometry"]), south_cut)
        props = feature["properties"]
        shapes.append(RegionShape(props["name"], props["adcode"], tuple(xs), tuple(ys), tuple(props["label_point"]),
                                  cx, cy))
    return tuple(shapes)


@lru_cache(maxsize=1)
def province_shapes() -> tuple[RegionShape, ...]:
    _ensure_built(GEO_DIR)
    # 南海诸岛 are drawn in the inset (see _inset_traces), not at their true place
    return _shapes_from(GEO_DIR / "provinces.geojson", south_cut=INSET_CUT_LAT)


@lru_cache(maxsize=8)
def region_shapes(province: str) -> tuple[RegionShape, ...]:
    """The province's cities (districts for 北京/天津/上海/重庆/香港/澳门)."""
    adcode = province_adcode(province)
    if adcode is None:
        raise KeyError(TEXT["unknown_province"].format(name=province))
    return _shapes_from(GEO_DIR / "regions" / f"{adcode}.geojson")


@lru_cache(maxsize=1)
def _maritime_lines() -> tuple[tuple, tuple]:
    feature_rings = [_rings(f["geometry"]) for f in
                     json.loads((GEO_DIR / "maritime.geojson").read_text(encoding="utf-8"))["features"]]
    xs, ys = _flatten([ring for rings in feature_rings for ring in rings], south_cut=INSET_CUT_LAT)
    return tuple(xs), tuple(ys)


@lru_cache(maxsize=1)
def _inset_features() -> tuple[dict, tuple[tuple[str, str, tuple, tuple], ...]]:
    """(bbox, [(kind, name, xs, ys)]) of south_china_sea.geojson, in true lon/lat."""
    collection = json.loads((GEO_DIR / "south_china_sea.geojson").read_text(encoding="utf-8"))
    parts = []
    for feature in collection["features"]:
        xs, ys = _flatten(_rings(feature["geometry"]))
        parts.append((feature["properties"]["kind"], feature["properties"]["name"], tuple(xs), tuple(ys)))
    return tuple(collection["bbox"]), tuple(parts)


def province_names() -> list[str]:
    """The 34 provincial-level names, as the cases table spells them."""
    return [s.name for s in province_shapes()]


def province_adcode(province: str) -> str | None:
    return next((s.adcode for s in province_shapes() if s.name == province), None)


def region_level(province: str) -> str:
    """'city' or 'county': the cases column to count by for region_map_figure(province, …)."""
    from etl import geo

    return geo.region_level(province)


def _counts_by_name(counts: pd.DataFrame, name_col: str) -> dict[str, float]:
    if counts is None or counts.empty:
        return {}
    clean = counts[[name_col, "n"]].dropna()
    return {str(k): float(v) for k, v in clean.groupby(name_col)["n"].sum().items()}


def _fill(n: float, top: float) -> str:
    return sample_colorscale(COLORSCALE, [0.15 + 0.85 * n / top])[0] if n > 0 and top > 0 else NO_DATA_COLOR


def _add_inset(fig: go.Figure, counts: dict[str, float], fills: dict[str, str], lat0: float) -> None:
    """The 南海诸岛 box, scaled into the main map's corner; fills match the main map's."""
    (lon0, lat_lo, lon1, lat_hi), parts = _inset_features()
    scale = INSET_WIDTH / (lon1 - lon0)
    # the main map stretches y by 1/cos(lat0); the inset should look stretched by 1/cos(its own latitude)
    stretch = math.cos(math.radians(lat0)) / math.cos(math.radians((lat_lo + lat_hi) / 2))
    ox, oy = INSET_ORIGIN

    def place(xs, ys):
        return ([None if x is None else round(ox + (x - lon0) * scale, 4) for x in xs],
                [None if y is None else round(oy + (y - lat_lo) * scale * stretch, 4) for y in ys])

    for kind, name, xs, ys in parts:
        px, py = place(xs, ys)
        if kind == "province":
            n = counts.get(name, 0.0)
            fig.add_trace(go.Scatter(
                x=px, y=py, mode="lines", fill="toself", fillcolor=fills.get(name, NO_DATA_COLOR),
                line={"color": BORDER_COLOR, "width": 0.5}, name=name, meta=name,
                text=f"{name}<br>{TEXT['count']}：{n:,.0f}", hoveron="fills", hoverinfo="text", showlegend=False))
        else:
            fig.add_trace(go.Scatter(x=px, y=py, mode="lines", line={"color": BORDER_COLOR, "width": 1},
                                     hoverinfo="skip", showlegend=False, name="maritime-inset"))
    bx, by = place([lon0, lon1, lon1, lon0, lon0], [lat_lo, lat_lo, lat_hi, lat_hi, lat_lo])
    fig.add_trace(go.Scatter(x=bx, y=by, mode="lines", line={"color": BORDER_COLOR, "width": 1},
                             hoverinfo="skip", showlegend=False, name="inset-frame"))
    fig.add_annotation(x=bx[1], y=by[1], xanchor="right", yanchor="bottom", text=TEXT["inset"],
                       showarrow=False, font={"size": 10, "color": "#5b6475"})


def _figure(shapes: tuple[RegionShape, ...], counts: dict[str, float], title: str,
            maritime: bool = False) -> go.Figure:
    top = max(counts.values(), default=0.0)
    fig = go.Figure()
    fills = {s.name: _fill(counts.get(s.name, 0.0), top) for s in shapes}
    for s in shapes:
        n = counts.get(s.name, 0.0)
        fill = fills[s.name]
        fig.add_trace(go.Scatter(
            x=s.xs, y=s.ys, mode="lines", fill="toself", fillcolor=fill,
            line={"color": BORDER_COLOR, "width": 0.6},
            name=s.name, meta=s.name, text=f"{s.name}<br>{TEXT['count']}：{n:,.0f}",
            hoveron="fills", hoverinfo="text", showlegend=False,
        ))
    lat0 = sum(s.label_point[1] for s in shapes) / max(len(shapes), 1)
    if maritime:
        mx, my = _maritime_lines()
        fig.add_trace(go.Scatter(x=mx, y=my, mode="lines", line={"color": BORDER_COLOR, "width": 1},
                                 hoverinfo="skip", showlegend=False, name="maritime"))
        _add_inset(fig, counts, fills, lat0)
    # Invisible points over each region's area: a click on the fill selects the region.
    fig.add_trace(go.Scatter(
        x=[x for s in shapes for x in s.click_xs], y=[y for s in shapes for y in s.click_ys],
        mode="markers", name="click-targets", showlegend=False,
        customdata=[[s.name, s.adcode, counts.get(s.name, 0.0)] for s in shapes for _ in s.click_xs],
        marker={"size": 10, "opacity": 0}, selected={"marker": {"opacity": 0}},
        unselected={"marker": {"opacity": 0}},
        hovertemplate="%{customdata[0]}<br>" + TEXT["count"] + "：%{customdata[2]:,.0f}<extra></extra>",
    ))
    # One dot per region carries the colour bar and a click target (see module doc).
    values = [counts.get(s.name, 0.0) for s in shapes]
    fig.add_trace(go.Scatter(
        x=[s.label_point[0] for s in shapes], y=[s.label_point[1] for s in shapes],
        mode="markers", name="regions", showlegend=False,
        customdata=[[s.name, s.adcode] for s in shapes],
        marker={"size": 7, "color": values, "colorscale": COLORSCALE, "cmin": 0, "cmax": max(top, 1.0),
                "line": {"color": "white", "width": 0.8}, "showscale": True,
                "colorbar": {"title": {"text": TEXT["count"]}, "thickness": 12, "len": 0.6,
                             **integer_ticks(max(top, 1.0))}},
        hovertemplate="%{customdata[0]}<br>" + TEXT["count"] + "：%{marker.color:,.0f}<extra></extra>",
    ))
    fig.update_layout(
        title={"text": title}, font={"family": FONT_FAMILY},
        margin={"l": 0, "r": 0, "t": 40 if title else 0, "b": 0}, height=520,
        plot_bgcolor="white", paper_bgcolor="white", hovermode="closest", dragmode="pan",
        xaxis={"visible": False, "fixedrange": False},
        # plate carrée stretched by 1/cos(latitude): shapes look right without a projection library
        yaxis={"visible": False, "scaleanchor": "x", "scaleratio": 1 / math.cos(math.radians(lat0))},
    )
    return fig


def province_map_figure(counts: pd.DataFrame, title: str) -> go.Figure:
    """China by province; counts has columns province, n (names as in the cases table)."""
    return _figure(province_shapes(), _counts_by_name(counts, "province"), title, maritime=True)


def region_map_figure(province: str, counts: pd.DataFrame) -> go.Figure:
    """One province by city (or district, see region_level); counts has columns name, n.

    No title inside the figure: the page heads it ({province}各地案例分布)."""
    return _figure(region_shapes(province), _counts_by_name(counts, "name"), "")


def selected_region(event) -> str | None:
    """The region name clicked in st.plotly_chart(…, on_select='rerun'), or None."""
    try:
        points = event["selection"]["points"]
    except (KeyError, TypeError):
        return None
    for point in points:
        custom = point.get("customdata")
        if custom:
            return custom[0]
    return None
