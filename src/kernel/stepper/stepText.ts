// The text of one chain-rule update, as a learner reads it on the blackboard:
//   w1.grad += x1.data · x1w1.grad = 2.0000 · 0.5000 = 1.0000
// first with names, then with the numbers, then the result. A local rule (value.ts's
// LocalTerm) is written with placeholders that are filled twice: once with names, once with
// numbers.

/** Four decimals, as the inline values show a Value. */
export function num(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  return x.toFixed(4);
}

/** What fills a rule's placeholders: the output and the inputs, by name and by number. */
export interface RuleOperands {
  out: { name: string; data: number };
  a: { name: string; data: number; constant: boolean } | null;
  b: { name: string; data: number; constant: boolean } | null;
  k: number;
}

const PLACEHOLDER = /\{o\}|\{a\}\.data|\{b\}\.data|\{k\}/g;

/** The rule with names (`numbers` false) or with numbers (true). */
export function fillRule(rule: string, ops: RuleOperands, numbers: boolean): string {
  return rule.replace(PLACEHOLDER, (match, at: number, whole: string) => {
    let text: string;
    switch (match) {
      case '{o}':
        text = numbers ? num(ops.out.data) : ops.out.name;
        break;
      case '{k}':
        text = num(ops.k);
        break;
      default: {
        const x = match === '{a}.data' ? ops.a : ops.b;
        if (x === null) return match;
        text = numbers || x.constant ? num(x.data) : `${x.name}.data`;
      }
    }
    // A negative number raised to a power reads as -(x²) without parentheses.
    const next = whole.charAt(at + match.length);
    return text.startsWith('-') && (next === '²' || next === '*') ? `(${text})` : text;
  });
}

/**
 * `in.grad += rule · out.grad = 2.0000 · 0.5000 = 1.0000`; with no rule (a local derivative
 * of 1): `in.grad += out.grad = 0.5000`.
 */
export function updateText(
  input: string,
  rule: string,
  ops: RuleOperands,
  grad: number,
  contribution: number,
): string {
  if (rule === '') return `${input}.grad += ${ops.out.name}.grad = ${num(contribution)}`;
  const names = fillRule(rule, ops, false);
  const numbers = fillRule(rule, ops, true);
  return `${input}.grad += ${names} · ${ops.out.name}.grad = ${numbers} · ${num(grad)} = ${num(contribution)}`;
}

/** A node's running sum once a second contribution arrives: `a.grad = 1.0000 + 1.0000 = 2.0000`. */
export function sumText(
  input: string,
  before: number,
  contribution: number,
  after: number,
): string {
  const sign = contribution < 0 ? '−' : '+';
  return `${input}.grad = ${num(before)} ${sign} ${num(Math.abs(contribution))} = ${num(after)}`;
}
