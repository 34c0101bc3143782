"""Layers of a tiny network."""

from . import dense
