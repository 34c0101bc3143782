// Dict keys and set members for objects whose class defines __hash__. Containers are JS
// Maps keyed by hashKey(), so an object needs one key shared by every object equal to it.
// As in CPython, equal hashes alone do not make two objects one key: among the objects with
// the same hash, the ones `__eq__` finds equal form a group, and the group's key is the key.
// Objects are compared only with objects whose __hash__ comes from the same class: CPython
// compares only keys of one container, and __eq__ of unrelated classes (of other programs of
// the session) must not run.
// Groups hold their objects weakly: a group whose objects are all gone is forgotten (no
// container can hold it then, since a container holds its keys).

import type { PyClass, PyInstance } from './objects';
import type { PyNamedTuple } from './values';

/** An object hashed by its class's __hash__: an instance, or a namedtuple whose class has one. */
type Hashed = PyInstance | PyNamedTuple;

interface Group {
  readonly key: string;
  readonly hash: bigint;
  members: WeakRef<Hashed>[];
}

/** A number for each class that defines __hash__, to key its hash values. */
const classIds = new WeakMap<PyClass, number>();
let classCount = 0;

/** `id:hash`, where id stands for the class along v's MRO that defines its __hash__. */
function hashSlot(v: Hashed, hash: bigint): string {
  const owner = v.cls.mro.find((c) => c.dict.has('__hash__')) ?? v.cls;
  let id = classIds.get(owner);
  if (id === undefined) {
    id = classCount++;
    classIds.set(owner, id);
  }
  return `${id}:${hash}`;
}

/** The groups of each class and hash value, in the order made. */
const byHash = new Map<string, Group[]>();
/** The groups of each hash value, of every class: a str or int key equal to one is found by it. */
const byValue = new Map<bigint, Group[]>();
/** The group an object joined, with the hash it had then (a mutated object may hash anew). */
const joined = new WeakMap<Hashed, { hash: string; group: Group }>();
let made = 0;
/** byHash's size after the last sweep: the next sweep comes when it has doubled. */
let sweptSize = 1024;

/** A live member of the group, or undefined when they are all gone. */
function representative(g: Group): Hashed | undefined {
  for (const m of g.members) {
    const o = m.deref();
    if (o !== undefined) return o;
  }
  return undefined;
}

function join(v: Hashed, hash: string, g: Group): string {
  g.members.push(new WeakRef(v));
  // Keeps a group of many short-lived equal objects from growing without end.
  const n = g.members.length;
  if (n >= 16 && (n & (n - 1)) === 0) g.members = g.members.filter((m) => m.deref() !== undefined);
  joined.set(v, { hash, group: g });
  return g.key;
}

/**
 * The container key of `v`, whose __hash__ returned `hash`: the key of the first group of
 * that hash holding an object `equal` to v (the stored object's __eq__ is asked, as CPython
 * asks the key already in the dict), else a new group's.
 */
export function groupKey(
  v: Hashed,
  hash: bigint,
  equal: (stored: Hashed, v: Hashed) => boolean,
): string {
  const h = hashSlot(v, hash);
  const mine = joined.get(v);
  if (mine !== undefined && mine.hash === h) return mine.group.key;
  // __eq__ is user code that may hash other objects: walk a copy.
  for (const g of (byHash.get(h) ?? []).slice()) {
    const rep = representative(g);
    if (rep !== undefined && equal(rep, v)) return join(v, h, g);
  }
  const groups = (byHash.get(h) ?? []).filter((g) => representative(g) !== undefined);
  const g: Group = { key: `\u0001h${hash}#${made++}`, hash, members: [] };
  groups.push(g);
  byHash.set(h, groups);
  const same = byValue.get(hash);
  if (same === undefined) byValue.set(hash, [g]);
  else same.push(g);
  // Joined first: a sweep forgets groups without a live member, and this one has none yet.
  const key = join(v, h, g);
  if (byHash.size > 2 * sweptSize) sweep();
  return key;
}

/** Forgets the groups whose objects are all gone, and the hashes left without groups. */
function sweep(): void {
  for (const [h, groups] of byHash) {
    const live = groups.filter((g) => representative(g) !== undefined);
    if (live.length === 0) byHash.delete(h);
    else byHash.set(h, live);
  }
  for (const [hash, groups] of byValue) {
    const live = groups.filter((g) => representative(g) !== undefined);
    if (live.length === 0) byValue.delete(hash);
    else byValue.set(hash, live);
  }
  sweptSize = Math.max(byHash.size, 1024);
}

/** The hash of the group `v` joined last, if its class's __hash__ put it in one. */
export function groupHash(v: Hashed): bigint | undefined {
  return joined.get(v)?.group.hash;
}

/** The keys of the groups of objects that hashed to `hash`, of every class (none: empty). */
export function groupKeysOfHash(hash: bigint): readonly string[] {
  return byValue.get(hash)?.map((g) => g.key) ?? [];
}

/** Whether any object has been hashed by its class's __hash__ (else no key can be an alias). */
export function anyHashGroups(): boolean {
  return byValue.size > 0;
}
