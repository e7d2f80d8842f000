"""Plotly styling shared by the pages: a CJK font so Chinese renders in every chart, axis titles
written upright, whole-number ticks for counts, and no Plotly toolbar (its tooltips are English
and its "download plot" would be a second, unlabelled export path)."""
from __future__ import annotations

import math

import plotly.graph_objects as go
import streamlit as st

CJK_FONT = "Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif"
PLOTLY_CONFIG = {"displayModeBar": False, "displaylogo": False}


def cjk(fig: go.Figure, height: int | None = None) -> go.Figure:
    fig.update_layout(font=dict(family=CJK_FONT), margin=dict(l=10, r=10, t=40, b=10),
                      hoverlabel=dict(font_family=CJK_FONT))
    _upright_y_title(fig)
    if height:
        fig.update_layout(height=height)
    return fig


def _upright_y_title(fig: go.Figure) -> None:
    """Plotly turns a y-axis title on its side, which Chinese does not read well: write it
    level, above the axis, instead."""
    axis = fig.layout.yaxis
    title = axis.title.text if axis.title else None
    if not title or axis.visible is False:
        return
    fig.update_yaxes(title_text=None)
    fig.add_annotation(text=title, xref="paper", yref="paper", x=0, y=1, xanchor="left", yanchor="bottom",
                       yshift=4, showarrow=False, font=dict(size=12, color="#5b6475"))


def integer_ticks(top: float, target: int = 6) -> dict:
    """Axis or colour-bar tick settings for counts: 0, 1, 2 … (never 0.5), at most ~target ticks."""
    step = 1
    if top > target:
        magnitude = 10 ** math.floor(math.log10(top / target))
        step = next(m * magnitude for m in (1, 2, 5, 10) if top / (m * magnitude) <= target)
    return {"tick0": 0, "dtick": step, "tickformat": ",d"}


def count_axis(fig: go.Figure, top: float, axis: str = "y") -> go.Figure:
    """Whole-number ticks on the axis that shows a number of cases."""
    (fig.update_yaxes if axis == "y" else fig.update_xaxes)(**integer_ticks(top), rangemode="tozero")
    return fig


def count_colorbar(fig: go.Figure, top: float) -> go.Figure:
    """Whole-number ticks on a heatmap's colour bar."""
    fig.update_coloraxes(colorbar=integer_ticks(top), cmin=0)
    return fig


def show(fig: go.Figure, key: str, height: int | None = None, **kwargs):
    """st.plotly_chart with the shared styling and without Plotly's toolbar."""
    return st.plotly_chart(cjk(fig, height), key=key, config=PLOTLY_CONFIG, **kwargs)
