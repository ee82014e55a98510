"""timeline: news articles about officials and diplomacy -> an append-only log of dated events."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
