"""Plotly styling shared by the pages: a CJK font so Chinese renders in every chart."""
from __future__ import annotations

import plotly.graph_objects as go

CJK_FONT = "Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif"


def cjk(fig: go.Figure, height: int | None = None) -> go.Figure:
    fig.update_layout(font=dict(family=CJK_FONT), margin=dict(l=10, r=10, t=40, b=10),
                      hoverlabel=dict(font_family=CJK_FONT))
    if height:
        fig.update_layout(height=height)
    return fig
