// Each input's local derivative in a node's backward step, written out for the backward
// stepper: the numbers `propagate` (value.ts) multiplies by out.grad, with the rule behind
// each in words. Kept beside value.ts rather than in it: propagate's switch is the hot path
// and stays free of the rule strings; engine tests compare the two on every op.

import { Op, powExponentGrad, Value } from './value';
import * as correctlyRounded from './math';

/**
 * One input's local derivative in a node's backward step, for showing the chain rule (the
 * backward stepper): `local` is ∂out/∂input as `propagate` uses it, and `rule` writes it
 * with the placeholders `{o}` (the output's data), `{a}.data`, `{b}.data` (the inputs'
 * data) and `{k}` (a number operand), which a reader fills with names or with numbers.
 * `rule` is '' where the local derivative is 1 (the input gets out.grad as it is).
 */
export interface LocalTerm {
  input: Value;
  local: number;
  rule: string;
}

/** Each input's local derivative, in operand order (as `propagate` adds them). */
export function localTerms(n: Value): LocalTerm[] {
  const a = n.a;
  if (a === null) return [];
  const b = n.b;
  const bv = b instanceof Value ? b : null;
  const k = typeof b === 'number' ? b : 0;
  const one = (local: number, rule: string): LocalTerm[] => [{ input: a, local, rule }];
  const code: Op = n.code;
  switch (code) {
    case Op.Leaf:
    case Op.Const:
      return [];
    case Op.Add:
    case Op.AddK:
    case Op.Sub:
    case Op.SubK: {
      const terms: LocalTerm[] = [{ input: a, local: 1, rule: '' }];
      if (bv !== null)
        terms.push({
          input: bv,
          local: code === Op.Sub ? -1 : 1,
          rule: code === Op.Sub ? '−1' : '',
        });
      return terms;
    }
    case Op.RSubK:
    case Op.Neg:
      return one(-1, '−1');
    case Op.Mul:
      return [
        { input: a, local: bv!.data, rule: '{b}.data' },
        { input: bv!, local: a.data, rule: '{a}.data' },
      ];
    case Op.MulK:
      return one(k, '{k}');
    case Op.Div:
      return [
        { input: a, local: 1 / bv!.data, rule: '1 / {b}.data' },
        { input: bv!, local: -a.data / (bv!.data * bv!.data), rule: '−{a}.data / {b}.data²' },
      ];
    case Op.DivK:
      return one(1 / k, '1 / {k}');
    case Op.RDivK:
      return one(-k / (a.data * a.data), '−{k} / {a}.data²');
    case Op.PowK:
      return one(k * correctlyRounded.pow(a.data, k - 1), '{k} · {a}.data**({k} − 1)');
    case Op.Pow:
      return [
        {
          input: a,
          local: bv!.data * correctlyRounded.pow(a.data, bv!.data - 1),
          rule: '{b}.data · {a}.data**({b}.data − 1)',
        },
        { input: bv!, local: powExponentGrad(a.data, n.data), rule: '{o} · ln({a}.data)' },
      ];
    case Op.RPowK:
      return one(powExponentGrad(k, n.data), '{o} · ln({k})');
    case Op.Tanh:
      return one(1 - n.data * n.data, '(1 − {o}²)');
    case Op.Relu:
      return one(n.data > 0 ? 1 : 0, '[{o} > 0]');
    case Op.Exp:
      return one(n.data, '{o}');
    case Op.Log:
      return one(1 / a.data, '1 / {a}.data');
    case Op.Sigmoid:
      return one(n.data * (1 - n.data), '{o} · (1 − {o})');
    case Op.Sqrt:
      return one(0.5 / n.data, '0.5 / {o}');
    case Op.Sin:
      return one(Math.cos(a.data), 'cos({a}.data)');
    case Op.Cos:
      return one(-Math.sin(a.data), '−sin({a}.data)');
    case Op.Abs:
      return one(a.data > 0 ? 1 : a.data < 0 ? -1 : 0, 'sign({a}.data)');
    case Op.Dot:
    case Op.Mlp:
      // A fused neuron or model has no rule of its own: looking at its inputs expands it into
      // micrograd's nodes (dot.ts, mlpNode.ts), which have theirs.
      if (n.inputs.length > 0 && n.code !== Op.Dot && n.code !== Op.Mlp) return localTerms(n);
      throw new Error('a fused node did not expand');
    default: {
      const never: never = code;
      throw new Error(`no local rule for op ${String(never)}`);
    }
  }
}
