import sys
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info.releaselevel)
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info.min, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.epsilon == 2 ** -52, 1.0 + sys.float_info.epsilon > 1.0, type(sys.float_info).__name__, type(sys.version_info).__name__)
print(sys.platform in ("linux", "darwin", "win32"), isinstance(sys.version_info, tuple), len(sys.float_info))
