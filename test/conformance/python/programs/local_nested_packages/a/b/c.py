from . import LEVEL as parent_level
from .. import LEVEL as top_level


def deep():
    return "deep in c, parents " + parent_level + " and " + top_level
