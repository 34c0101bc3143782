# collections.ChainMap as a script layers its settings: lookups through the maps, writes to the first, new_child/parents, views, CPython's KeyError messages, a subclass with __missing__
from collections import ChainMap
import argparse
defaults = {'lr': 0.1, 'steps': 100, 'seed': 1}
env = {'steps': 50, 'device': 'cpu'}
cli = {'lr': 0.01}
cfg = ChainMap(cli, env, defaults)
print(cfg)
print(cfg['lr'], cfg['steps'], cfg['seed'], cfg['device'], len(cfg), list(cfg), dict(cfg))
print('lr' in cfg, 'nope' in cfg, cfg.get('nope'), cfg.get('seed', 9), bool(cfg), bool(ChainMap()), ChainMap())
print(cfg.keys(), cfg.values(), cfg.items())
print(list(cfg.items()), ('lr', 0.01) in cfg.items(), 100 in cfg.values(), 'seed' in cfg.keys(), len(cfg.keys()))
cfg['batch'] = 32
print(cli, cfg.maps[0] is cli)
child = cfg.new_child()
child['lr'] = 5
print(child['lr'], cfg['lr'], child.parents == cfg, child.maps[0], len(child.maps))
c2 = cfg.new_child({'x': 1}, y=2)
print(c2.maps[0], c2.parents.parents)
del cfg['batch']
print(cfg.pop('lr'), cfg)
for bad in [lambda: cfg['missing'], lambda: cfg.__delitem__('steps'), lambda: cfg.pop('zzz'), lambda: ChainMap({}, {'a': 1}).popitem()]:
    try:
        bad()
    except KeyError as e:
        print('KeyError', e, e.args)
print(cfg.pop('zzz', 'dflt'), cfg.setdefault('steps', 7), cfg.setdefault('new', 7), cli)
cfg.update({'a': 1}, b=2); cfg.update([('c', 3)])
print(cfg.maps[0])
cp = cfg.copy(); cp['only'] = 1
print('only' in cfg, type(cp).__name__, cp.maps[1] is env)
print(cfg == dict(cfg), cfg == {'x': 1}, cfg != 5, ChainMap({'a': 1}) == ChainMap({}, {'a': 1}))
print(ChainMap({'a': 1}) | {'b': 2}, {'z': 0} | ChainMap({'a': 1}, {'z': 9}))
m = ChainMap({'a': 1}); m |= {'k': 'v'}; print(m)
print(ChainMap.fromkeys('ab', 0), ChainMap.fromkeys('xy'))
class Deep(ChainMap):
    def __missing__(self, key):
        return f'<{key}?>'
d = Deep({'a': 1})
print(d['a'], d['q'], d, d.new_child())
try:
    hash(cfg)
except TypeError as e:
    print(e)
p = argparse.ArgumentParser()
p.add_argument('--lr', type=float)
ns = p.parse_args([])
given = {k: v for k, v in vars(ns).items() if v is not None}
print(ChainMap(given, defaults)['lr'])
cfg.clear(); print(cfg.maps[0], len(cfg))
print(sorted(ChainMap({1: 'a'}, {2: 'b', 1: 'z'}).items()))
print(list(ChainMap({'b': 1, 'a': 2}, {'c': 3, 'a': 4})))
from collections.abc import Mapping, MutableMapping, Iterable, Sized, Container
c = ChainMap({'a': 1})
print(isinstance(c, Mapping), isinstance(c, MutableMapping), isinstance(c, Iterable), isinstance(c, Sized), isinstance(c, Container), isinstance(c, dict))
import copy
print(copy.copy(c), copy.deepcopy(c), type(c.keys()).__name__, c.keys().__class__.__module__, ChainMap.__module__)
try:
    ChainMap(maps=1)
except TypeError as e:
    print(e)
c = ChainMap({'a': 1})
for bad in [lambda: c.get(), lambda: c.new_child(1, 2), lambda: c.pop(), lambda: c.setdefault(), lambda: c.keys(1), lambda: ChainMap.fromkeys()]:
    try:
        bad()
    except TypeError as e:
        print(e)
for bad in [lambda: c.pop(), lambda: c.pop('a', 1, 2), lambda: c.popitem(1), lambda: c.clear(1), lambda: c.copy(1), lambda: ChainMap.fromkeys('ab', 1, 2),
            lambda: c.get('a', 1, 2), lambda: c.get(key='a', x=1), lambda: c.setdefault('a', 1, 2), lambda: c.update({}, {}), lambda: c.new_child(m={}, x=1), lambda: c.values(x=1)]:
    try:
        print(bad())
    except TypeError as e:
        print(e)
print(c.pop('zz', 'd'), c.get(key='a'), c.new_child(m={'q': 1}), c.new_child(x=1), c.setdefault(key='s', default=2), ChainMap.fromkeys(iterable='ab'))
