"""Rumah Batik: desktop application for a community batik centre."""

__version__ = "0.1.0"
