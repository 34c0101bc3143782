// collections.UserList: a MutableSequence keeping its items in the plain list `self.data`, as
// CPython's (written in Python): comparisons and + - * work on `data`, a slice or a sum is a
// new instance of the same class, and the list methods pass through to `data`.

import { callMethod, getAttr, setAttr } from '../../runtime/attributes';
import { binary } from '../../runtime/arith';
import { callValue } from '../../runtime/call';
import { compare, contains } from '../../runtime/equality';
import { collect } from '../../runtime/iteration';
import { PyInstance, type PyClass } from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { typeError } from '../../runtime/state';
import { delItem, getItem, setItem } from '../../runtime/subscript';
import { PySlice, type PyValue } from '../../runtime/values';
import { abcClass } from './collectionsAbc';
import { nativeClass, type Impl } from './nativeClass';

const data = (self: PyInstance): PyValue => getAttr(self, 'data');

/** A method of data's by the same name, given the same arguments. */
const pass =
  (name: string): Impl =>
  (self, args, kw) =>
    callMethod(data(self), name, args, kw);

export function userListClass(): PyClass {
  let cls: PyClass | null = null;
  const isUserList = (v: PyValue): v is PyInstance =>
    v instanceof PyInstance && cls !== null && v.cls.isSubclassOf(cls);
  /** CPython's __cast: another UserList's data, or the value itself. */
  const cast = (v: PyValue): PyValue => (isUserList(v) ? data(v) : v);
  const make = (self: PyInstance, items: PyValue): PyValue => callValue(self.cls, [items], null);
  const compareWith =
    (op: '<' | '<=' | '==' | '>' | '>='): Impl =>
    (self, args) =>
      compare(op, data(self), cast(args[0]));
  cls = nativeClass({
    name: 'UserList',
    module: 'collections',
    bases: [abcClass('MutableSequence')],
    init(self, args, kw) {
      if ((kw !== null && kw.size > 0) || args.length > 1) {
        throw typeError(
          `UserList.__init__() takes from 1 to 2 positional arguments but ${args.length + 1} were given`,
        );
      }
      const initlist = args.length === 1 ? args[0] : null;
      let items: PyValue[] = [];
      if (initlist !== null) {
        if (Array.isArray(initlist)) items = initlist.slice();
        else if (isUserList(initlist)) items = collect(data(initlist)).slice();
        else items = collect(initlist).slice();
      }
      setAttr(self, 'data', items);
    },
    methods: [
      ['__repr__', (self) => repr(data(self))],
      ['__lt__', compareWith('<')],
      ['__le__', compareWith('<=')],
      ['__eq__', compareWith('==')],
      ['__gt__', compareWith('>')],
      ['__ge__', compareWith('>=')],
      ['__contains__', (self, args) => contains(data(self), args[0])],
      ['__len__', (self) => callMethod(data(self), '__len__', [], null)],
      [
        '__getitem__',
        (self, args) => {
          const v = getItem(data(self), args[0]);
          return args[0] instanceof PySlice ? make(self, v) : v;
        },
      ],
      [
        '__setitem__',
        (self, args) => {
          setItem(data(self), args[0], args[1]);
          return null;
        },
      ],
      [
        '__delitem__',
        (self, args) => {
          delItem(data(self), args[0]);
          return null;
        },
      ],
      [
        '__add__',
        (self, args) => {
          const other = args[0];
          if (isUserList(other)) return make(self, binary('+', data(self), data(other)));
          if (Array.isArray(other)) return make(self, binary('+', data(self), other));
          return make(self, binary('+', data(self), collect(other)));
        },
      ],
      [
        '__radd__',
        (self, args) => {
          const other = args[0];
          if (isUserList(other)) return make(self, binary('+', data(other), data(self)));
          if (Array.isArray(other)) return make(self, binary('+', other, data(self)));
          return make(self, binary('+', collect(other), data(self)));
        },
      ],
      [
        '__iadd__',
        (self, args) => {
          callMethod(data(self), 'extend', [cast(args[0])], null);
          return self;
        },
      ],
      ['__mul__', (self, args) => make(self, binary('*', data(self), args[0]))],
      ['__rmul__', (self, args) => make(self, binary('*', data(self), args[0]))],
      [
        '__imul__',
        (self, args) => {
          const items = data(self);
          const times = binary('*', items, args[0]);
          if (Array.isArray(items) && Array.isArray(times)) items.splice(0, items.length, ...times);
          else setAttr(self, 'data', times);
          return self;
        },
      ],
      ['append', pass('append')],
      ['insert', pass('insert')],
      ['pop', pass('pop')],
      ['remove', pass('remove')],
      ['clear', pass('clear')],
      ['count', pass('count')],
      ['index', (self, args) => callMethod(data(self), 'index', args, null)],
      ['reverse', pass('reverse')],
      ['sort', pass('sort')],
      [
        'extend',
        (self, args) => {
          callMethod(data(self), 'extend', [cast(args[0])], null);
          return null;
        },
      ],
      ['copy', (self) => make(self, self)],
    ],
  });
  // It defines __eq__, so its instances are unhashable, as CPython's.
  cls.dict.set('__hash__', null);
  return cls;
}
