// SHA-512 (FIPS 180-4) over bytes, for random.seed of a str, which CPython seeds with the
// str's UTF-8 bytes followed by their SHA-512 digest. Plain BigInt arithmetic: it hashes a
// seed string, never bulk data. The constants are derived as the standard defines them
// (fractional parts of square and cube roots of the first primes), not copied.

const MASK = (1n << 64n) - 1n;

/** The first n primes (the SHA-2 constants come from their roots). */
export function primes(n: number): bigint[] {
  const out: bigint[] = [];
  for (let c = 2; out.length < n; c++) {
    if (out.every((p) => c % Number(p) !== 0)) out.push(BigInt(c));
  }
  return out;
}

/** floor(n ** (1/k)) for k = 2 or 3, by Newton's iteration in integers. */
export function iroot(n: bigint, k: bigint): bigint {
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / Number(k)) + 1);
  for (;;) {
    const y = ((k - 1n) * x + n / x ** (k - 1n)) / k;
    if (y >= x) return x;
    x = y;
  }
}

const PRIMES = primes(80);
const K = PRIMES.map((p) => iroot(p << 192n, 3n) & MASK);
const H0 = PRIMES.slice(0, 8).map((p) => iroot(p << 128n, 2n) & MASK);
/** SHA-384's start (hashlib.sha384): the square roots of the 9th to 16th primes. */
const H0_384 = PRIMES.slice(8, 16).map((p) => iroot(p << 128n, 2n) & MASK);

const rotr = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & MASK;

/** SHA-512 of `bytes`; with `sha384`, SHA-384's start (the caller keeps the first 48 bytes). */
export function sha512(bytes: Uint8Array, sha384 = false): Uint8Array {
  const bitLength = BigInt(bytes.length) * 8n;
  const padded = new Uint8Array(Math.ceil((bytes.length + 17) / 128) * 128);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  for (let i = 0; i < 16; i++) {
    padded[padded.length - 1 - i] = Number((bitLength >> BigInt(8 * i)) & 0xffn);
  }
  const h = (sha384 ? H0_384 : H0).slice();
  const w = new Array<bigint>(80);
  for (let off = 0; off < padded.length; off += 128) {
    for (let t = 0; t < 16; t++) {
      let v = 0n;
      for (let b = 0; b < 8; b++) v = (v << 8n) | BigInt(padded[off + t * 8 + b]);
      w[t] = v;
    }
    for (let t = 16; t < 80; t++) {
      const s0 = rotr(w[t - 15], 1n) ^ rotr(w[t - 15], 8n) ^ (w[t - 15] >> 7n);
      const s1 = rotr(w[t - 2], 19n) ^ rotr(w[t - 2], 61n) ^ (w[t - 2] >> 6n);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) & MASK;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let t = 0; t < 80; t++) {
      const S1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
      const ch = (e & f) ^ (~e & MASK & g);
      const t1 = (hh + S1 + ch + K[t] + w[t]) & MASK;
      const S0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) & MASK;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) & MASK;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) & MASK;
    }
    const next = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = (h[i] + next[i]) & MASK;
  }
  const out = new Uint8Array(64);
  h.forEach((v, i) => {
    for (let b = 0; b < 8; b++) out[i * 8 + b] = Number((v >> BigInt(56 - 8 * b)) & 0xffn);
  });
  return out;
}

/** CPython's random.seed(s) for a str s: int.from_bytes(utf8 + sha512(utf8), 'big'). */
export function strSeed(s: string): bigint {
  return bytesSeed(new TextEncoder().encode(s));
}

/** CPython's random.seed(b) for bytes or a bytearray: int.from_bytes(b + sha512(b), 'big'). */
export function bytesSeed(bytes: Uint8Array): bigint {
  let n = 0n;
  for (const b of [...bytes, ...sha512(bytes)]) n = (n << 8n) | BigInt(b);
  return n;
}
