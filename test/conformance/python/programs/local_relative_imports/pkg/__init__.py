from .engine import Value
from . import nn

NAME = "pkg with " + Value.__name__ + " and " + nn.__name__
