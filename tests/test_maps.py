"""Offline maps: the shapes etl.geo writes and the figures app.maps draws from them."""
import json

import pandas as pd
import pytest

from app import maps
from etl import geo


@pytest.fixture(scope="module")
def geo_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("geo")
    geo.build_geo(out)
    return out


@pytest.fixture()
def maps_on(geo_dir, monkeypatch):
    monkeypatch.setattr(maps, "GEO_DIR", geo_dir)
    for cached in (maps.province_shapes, maps.region_shapes, maps._maritime_lines, maps._inset_features):
        cached.cache_clear()
    yield maps
    for cached in (maps.province_shapes, maps.region_shapes, maps._maritime_lines, maps._inset_features):
        cached.cache_clear()


def _features(path):
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def test_province_file_has_all_34_provincial_units(geo_dir):
    names = {f["properties"]["name"] for f in _features(geo_dir / "provinces.geojson")}
    assert len(names) == 34
    assert {"台湾省", "香港特别行政区", "澳门特别行政区", "重庆市", "新疆维吾尔自治区"} <= names


def test_province_properties_are_adcode_and_dataset_name(geo_dir):
    props = {f["properties"]["name"]: f["properties"]["adcode"] for f in _features(geo_dir / "provinces.geojson")}
    assert props["广东省"] == "440000"
    assert props["香港特别行政区"] == "810000"


def test_province_file_is_light_enough_for_the_browser(geo_dir):
    assert (geo_dir / "provinces.geojson").stat().st_size < 300_000


def test_hainan_keeps_the_south_china_sea_islands(geo_dir):
    hainan = next(f for f in _features(geo_dir / "provinces.geojson") if f["properties"]["name"] == "海南省")
    southmost = min(pt[1] for poly in hainan["geometry"]["coordinates"] for ring in poly for pt in ring)
    assert southmost < 5.0  # 曾母暗沙 lies near 4°N; the main island ends at 18°N


def test_hainan_label_sits_on_the_main_island(geo_dir):
    hainan = next(f for f in _features(geo_dir / "provinces.geojson") if f["properties"]["name"] == "海南省")
    lon, lat = hainan["properties"]["label_point"]
    assert 18.0 < lat < 20.5 and 108.5 < lon < 111.1


def test_maritime_boundary_is_written(geo_dir):
    (feature,) = _features(geo_dir / "maritime.geojson")
    assert feature["geometry"]["type"] == "MultiLineString"


@pytest.mark.parametrize("province, child, level", [
    ("四川省", "成都市", "city"),
    ("湖北省", "仙桃市", "city"),        # county-level city directly under the province
    ("重庆市", "渝中区", "county"),      # municipality: drill down to districts
    ("北京市", "海淀区", "county"),
    ("澳门特别行政区", "大堂区", "county"),
])
def test_province_children(geo_dir, province, child, level):
    adcode = next(f["properties"]["adcode"] for f in _features(geo_dir / "provinces.geojson")
                  if f["properties"]["name"] == province)
    children = {f["properties"]["name"]: f["properties"]["level"]
                for f in _features(geo_dir / "regions" / f"{adcode}.geojson")}
    assert children[child] == level
    assert geo.region_level(province) == level


def test_taiwan_drill_down_is_the_province_itself(geo_dir):
    names = [f["properties"]["name"] for f in _features(geo_dir / "regions" / "710000.geojson")]
    assert names == ["台湾省"]


def _fill_of(fig, name):
    return next(t.fillcolor for t in fig.data if t.fill == "toself" and t.name == name)


def test_province_without_cases_is_drawn_in_the_no_data_colour(maps_on):
    fig = maps_on.province_map_figure(pd.DataFrame({"province": ["广东省"], "n": [4]}), "案例分布")
    assert _fill_of(fig, "西藏自治区") == maps_on.NO_DATA_COLOR
    assert _fill_of(fig, "广东省") != maps_on.NO_DATA_COLOR


def test_more_cases_give_a_darker_fill(maps_on):
    fig = maps_on.province_map_figure(pd.DataFrame({"province": ["广东省", "浙江省"], "n": [10, 1]}), "")

    def darkness(rgb):
        return -sum(int(c) for c in rgb[rgb.index("(") + 1:-1].split(","))

    assert darkness(_fill_of(fig, "广东省")) > darkness(_fill_of(fig, "浙江省"))


def test_hover_shows_name_and_count(maps_on):
    fig = maps_on.province_map_figure(pd.DataFrame({"province": ["江苏省"], "n": [1234]}), "")
    jiangsu = next(t for t in fig.data if t.name == "江苏省")
    assert jiangsu.text == "江苏省<br>案例数：1,234"


def test_duplicate_province_rows_are_summed(maps_on):
    fig = maps_on.province_map_figure(pd.DataFrame({"province": ["江苏省", "江苏省", None], "n": [2, 3, 9]}), "")
    assert next(t for t in fig.data if t.name == "江苏省").text == "江苏省<br>案例数：5"


def test_figure_uses_no_trace_that_fetches_a_base_map(maps_on):
    fig = maps_on.province_map_figure(pd.DataFrame({"province": ["广东省"], "n": [1]}), "")
    assert {t.type for t in fig.data} == {"scatter"}
    layout = fig.to_plotly_json()["layout"]
    assert not {"geo", "mapbox", "map"} & set(layout)


def test_figure_sets_a_chinese_font(maps_on):
    fig = maps_on.province_map_figure(pd.DataFrame(columns=["province", "n"]), "")
    assert "Noto Sans CJK SC" in fig.layout.font.family


def test_region_map_colours_the_named_city(maps_on):
    fig = maps_on.region_map_figure("四川省", pd.DataFrame({"name": ["成都市"], "n": [3]}))
    assert _fill_of(fig, "成都市") != maps_on.NO_DATA_COLOR
    assert _fill_of(fig, "绵阳市") == maps_on.NO_DATA_COLOR


def test_region_map_of_unknown_province_raises(maps_on):
    with pytest.raises(KeyError):
        maps_on.region_map_figure("火星省", pd.DataFrame(columns=["name", "n"]))


@pytest.mark.parametrize("event, expected", [
    ({"selection": {"points": [{"curve_number": 35, "point_index": 4, "customdata": ["广东省", "440000"]}]}}, "广东省"),
    ({"selection": {"points": [{"curve_number": 3, "point_index": 0}]}}, None),  # a fill: no customdata
    ({"selection": {"points": []}}, None),
    (None, None),
])
def test_selected_region(event, expected):
    assert maps.selected_region(event) == expected


def test_south_china_sea_islands_leave_the_main_hainan_shape(maps_on):
    fig = maps_on.province_map_figure(pd.DataFrame({"province": ["海南省"], "n": [2]}), "")
    main_hainan = next(t for t in fig.data if t.name == "海南省")
    assert min(y for y in main_hainan.y if y is not None) > 17.8


def test_inset_draws_hainan_in_the_main_map_colour(maps_on):
    fig = maps_on.province_map_figure(pd.DataFrame({"province": ["海南省", "广东省"], "n": [2, 5]}), "")
    hainan = [t for t in fig.data if t.name == "海南省"]
    assert len(hainan) == 2  # the island on the map, the island and 南海诸岛 in the inset
    assert hainan[0].fillcolor == hainan[1].fillcolor != maps_on.NO_DATA_COLOR


def test_inset_sits_off_the_east_coast(maps_on):
    fig = maps_on.province_map_figure(pd.DataFrame(columns=["province", "n"]), "")
    frame = next(t for t in fig.data if t.name == "inset-frame")
    assert min(x for x in frame.x if x is not None) >= 125.0  # east of 舟山 and 台湾


def _click_targets(fig):
    return next(t for t in fig.data if t.name == "click-targets")


def test_a_click_anywhere_on_a_province_selects_it(maps_on):
    # Plotly reports no click on a fill: invisible points over each province's area do
    fig = maps_on.province_map_figure(pd.DataFrame({"province": ["四川省"], "n": [3]}), "")
    targets = _click_targets(fig)
    sichuan = [i for i, c in enumerate(targets.customdata) if c[0] == "四川省"]
    assert len(sichuan) > 20
    far_from_label = max(sichuan, key=lambda i: abs(targets.x[i] - 102.7) + abs(targets.y[i] - 30.6))
    event = {"selection": {"points": [{"curve_number": 0, "point_index": far_from_label,
                                       "customdata": list(targets.customdata[far_from_label])}]}}
    assert maps_on.selected_region(event) == "四川省"


def test_click_targets_lie_inside_their_province(maps_on):
    from shapely.geometry import Point, shape
    features = {f["properties"]["name"]: shape(f["geometry"])
                for f in _features(maps_on.GEO_DIR / "provinces.geojson")}
    targets = _click_targets(maps_on.province_map_figure(pd.DataFrame(columns=["province", "n"]), ""))
    for x, y, (name, *_rest) in list(zip(targets.x, targets.y, targets.customdata))[::25]:
        assert features[name].buffer(0.01).contains(Point(x, y)), (name, x, y)


def test_click_targets_are_invisible_and_the_dots_stay_on_top(maps_on):
    fig = maps_on.province_map_figure(pd.DataFrame({"province": ["广东省"], "n": [1]}), "")
    assert _click_targets(fig).marker.opacity == 0
    assert fig.data[-1].name == "regions"  # the dots are drawn last, above the click targets


def test_colour_bar_counts_in_whole_numbers(maps_on):
    fig = maps_on.region_map_figure("重庆市", pd.DataFrame({"name": ["渝中区"], "n": [1]}))
    colorbar = fig.data[-1].marker.colorbar
    assert colorbar.dtick == 1 and colorbar.tickformat == ",d"


def test_region_map_has_no_title_of_its_own(maps_on):
    # the page heads it (重庆市各地案例分布); a second title inside the figure repeated it
    fig = maps_on.region_map_figure("重庆市", pd.DataFrame({"name": ["渝中区"], "n": [1]}))
    assert not fig.layout.title.text
