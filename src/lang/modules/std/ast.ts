// ast: literal_eval, which nanoGPT's configurator and many scripts use to read a value from
// the command line or a config line (`--batch_size=32`, `--betas=(0.9, 0.95)`). The text is
// parsed by ToyGrad's own parser as an expression, and only literals are taken, as CPython's
// literal_eval takes them: numbers, strings, bytes, True/False/None, `...`, tuples, lists,
// dicts, sets, `set()` and a sign before a number. Nothing is evaluated.

import type * as A from '../../ast';
import { defineAll } from '../../builtins/core';
import { TgradError } from '../../errors';
import { parseModule } from '../../parser';
import { bindBuiltin } from '../../runtime/args';
import { ELLIPSIS } from '../../runtime/ellipsis';
import { fakeAddress } from '../../runtime/repr';
import { addToSet } from '../../runtime/setMerge';
import { fail, typeError } from '../../runtime/state';
import { setItem } from '../../runtime/subscript';
import { typeName } from '../../runtime/typeName';
import { unary } from '../../runtime/arith';
import { PyBytes } from '../../runtime/bytesValue';
import { PyDict, PySet, PyTuple, type PyValue } from '../../runtime/values';

/** CPython's names of the expression nodes, for the "malformed node" message. */
const NODE_NAMES: Partial<Record<A.Expr['type'], string>> = {
  ListComp: 'ListComp',
  SetComp: 'SetComp',
  GeneratorExp: 'GeneratorExp',
};

function malformed(node: A.Expr, kind?: string): TgradError {
  const name = kind ?? NODE_NAMES[node.type] ?? node.type;
  // CPython shows the node's repr, an address; a made-up one stands in, as for objects.
  return fail(
    'ValueError',
    `malformed node or string on line ${node.line}: <ast.${name} object at ${fakeAddress(node)}>`,
  );
}

function literal(node: A.Expr, lines: readonly string[]): PyValue {
  const each = (e: A.Expr): PyValue => literal(e, lines);
  switch (node.type) {
    case 'Constant':
      // An f-string without fields is a Constant to ToyGrad's parser, a JoinedStr to CPython's.
      if (/^(?:[rR]?[fF]|[fF][rR])['"]/.test(lines[node.line - 1]?.slice(node.col - 1) ?? '')) {
        throw malformed(node, 'JoinedStr');
      }
      return node.value instanceof Uint8Array ? new PyBytes(node.value) : node.value;
    case 'Ellipsis':
      return ELLIPSIS;
    case 'Tuple':
      return new PyTuple(node.elts.map(each));
    case 'List':
      return node.elts.map(each);
    case 'Set': {
      const s = new PySet();
      for (const e of node.elts) addToSet(s, each(e));
      return s;
    }
    case 'Dict': {
      const d = new PyDict();
      node.keys.forEach((k, i) => {
        // A `**mapping` entry has no key node: CPython converts None, and says so.
        if (k === null) throw fail('ValueError', 'malformed node or string: None');
        setItem(d, each(k), each(node.values[i]));
      });
      return d;
    }
    case 'Call':
      // set() is the one call allowed: the empty set has no literal.
      if (
        node.func.type === 'Name' &&
        node.func.name === 'set' &&
        node.args.length === 0 &&
        node.keywords.length === 0
      ) {
        return new PySet();
      }
      throw malformed(node);
    case 'UnaryOp': {
      // A sign takes a number only; CPython names the operand that is not one.
      if (node.op !== '+' && node.op !== '-') throw malformed(node);
      const operand = node.operand;
      const v = operand.type === 'Constant' ? operand.value : undefined;
      if (typeof v === 'bigint' || typeof v === 'number') return unary(node.op, v);
      throw malformed(operand);
    }
    default:
      throw malformed(node);
  }
}

export function astModule(): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  defineAll(m, [
    [
      'literal_eval',
      (args, kw) => {
        const [source] = bindBuiltin('literal_eval', ['node_or_string'], 1, args, kw);
        if (typeof source !== 'string') {
          throw typeError(`literal_eval() only reads a str in ToyGrad, not ${typeName(source!)}`);
        }
        // CPython strips leading spaces and tabs, then parses the rest in 'eval' mode; its
        // SyntaxError names the string as `<unknown>`.
        const text = source.replace(/^[ \t]+/, '');
        let body: A.Stmt[];
        try {
          body = parseModule(text).body;
        } catch (e) {
          if (e instanceof TgradError && e.kind === 'SyntaxError') {
            throw fail('SyntaxError', `${e.message} (<unknown>, line ${e.line})`);
          }
          throw e;
        }
        const only = body.length === 1 ? body[0] : null;
        if (only === null || only.type !== 'ExprStmt') {
          throw fail('SyntaxError', `invalid syntax (<unknown>, line ${only?.line ?? 1})`);
        }
        return literal(only.value, text.split('\n'));
      },
    ],
  ]);
  return m;
}
