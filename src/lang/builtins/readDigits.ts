// The value of int()'s digits in a base, fast enough for the million-digit strings a program
// may read once sys.set_int_max_str_digits(0) lifts the limit: one digit at a time is
// quadratic in the length with a large constant, so runs of digits are folded at once.

const RADIX_PREFIX: Partial<Record<number, string>> = { 2: '0b', 8: '0o', 16: '0x' };

/** The value of `digits` (lower-case, no sign or underscores, all valid) in base `base`. */
export function readDigits(digits: string, base: number): bigint {
  if (base === 10) return BigInt(digits);
  const prefix = RADIX_PREFIX[base];
  if (prefix !== undefined) return BigInt(prefix + digits);
  // Digits a float holds exactly at once: base ** chunk stays below 2 ** 53.
  const chunk = Math.floor(53 / Math.log2(base));
  const step = BigInt(base) ** BigInt(chunk);
  let value = 0n;
  let i = digits.length % chunk || chunk;
  value = BigInt(parseInt(digits.slice(0, i), base));
  for (; i < digits.length; i += chunk) {
    value = value * step + BigInt(parseInt(digits.slice(i, i + chunk), base));
  }
  return value;
}
