// MD5 (RFC 1321), SHA-1 and SHA-224/256 (FIPS 180-4) over bytes, in 32-bit words, for hashlib.
// The round constants are derived as the standards define them (MD5's from sin, SHA-2's from
// the cube and square roots of the first primes, in exact integers), not copied; SHA-384 and
// SHA-512 are sha512.ts's.

import { iroot, primes, sha512 } from '../../builtins/sha512';

/** The message with the Merkle-Damgard padding of a 64-byte block hash: 0x80, zeros, bit length. */
function pad(bytes: Uint8Array, littleEndian: boolean): DataView {
  const padded = new Uint8Array(Math.ceil((bytes.length + 9) / 64) * 64);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = bytes.length * 8;
  const high = Math.floor(bits / 2 ** 32);
  const low = bits >>> 0;
  if (littleEndian) {
    view.setUint32(padded.length - 8, low, true);
    view.setUint32(padded.length - 4, high, true);
  } else {
    view.setUint32(padded.length - 8, high);
    view.setUint32(padded.length - 4, low);
  }
  return view;
}

function output(words: readonly number[], littleEndian: boolean, count = words.length): Uint8Array {
  const out = new Uint8Array(count * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < count; i++) view.setUint32(i * 4, words[i], littleEndian);
  return out;
}

const rotl = (x: number, n: number): number => (x << n) | (x >>> (32 - n));
const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

/** MD5's T[i] = floor(2^32 * |sin(i + 1)|). */
const MD5_T = Array.from(
  { length: 64 },
  (_, i) => Math.floor(2 ** 32 * Math.abs(Math.sin(i + 1))) >>> 0,
);
const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

export function md5(bytes: Uint8Array): Uint8Array {
  const view = pad(bytes, true);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  const m = new Array<number>(16);
  for (let off = 0; off < view.byteLength; off += 64) {
    for (let i = 0; i < 16; i++) m[i] = view.getUint32(off + i * 4, true);
    let [a, b, c, d] = h;
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      let f: number;
      let g: number;
      if (round === 0) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (round === 1) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) & 15;
      } else if (round === 2) {
        f = b ^ c ^ d;
        g = (3 * i + 5) & 15;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) & 15;
      }
      const sum = (a + f + MD5_T[i] + m[g]) | 0;
      a = d;
      d = c;
      c = b;
      b = (b + rotl(sum, MD5_S[round * 4 + (i & 3)])) | 0;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
  }
  return output(h, true);
}

export function sha1(bytes: Uint8Array): Uint8Array {
  const view = pad(bytes, false);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Array<number>(80);
  for (let off = 0; off < view.byteLength; off += 64) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(off + t * 4);
    for (let t = 16; t < 80; t++) w[t] = rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
    let [a, b, c, d, e] = h;
    for (let t = 0; t < 80; t++) {
      let f: number;
      let k: number;
      if (t < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (t < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (t < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6;
      }
      const temp = (rotl(a, 5) + f + e + k + w[t]) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = temp;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0;
  }
  return output(h, false);
}

const PRIMES = primes(64);
/** The first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const SHA256_K = PRIMES.map((p) => Number(iroot(p << 96n, 3n) & 0xffffffffn));
/** SHA-256's start: the square roots of the first 8 primes; SHA-224's: the second 32 bits of the 9th to 16th. */
const SHA256_H0 = PRIMES.slice(0, 8).map((p) => Number(iroot(p << 64n, 2n) & 0xffffffffn));
const SHA224_H0 = PRIMES.slice(8, 16).map((p) => Number(iroot(p << 128n, 2n) & 0xffffffffn));

function sha256Words(bytes: Uint8Array, start: readonly number[]): number[] {
  const view = pad(bytes, false);
  const h = start.slice();
  const w = new Array<number>(64);
  for (let off = 0; off < view.byteLength; off += 64) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(off + t * 4);
    for (let t = 16; t < 64; t++) {
      const s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
      const s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let t = 0; t < 64; t++) {
      const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + SHA256_K[t] + w[t]) | 0;
      const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    const next = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = (h[i] + next[i]) | 0;
  }
  return h;
}

export const sha256 = (bytes: Uint8Array): Uint8Array =>
  output(sha256Words(bytes, SHA256_H0), false);
export const sha224 = (bytes: Uint8Array): Uint8Array =>
  output(sha256Words(bytes, SHA224_H0), false, 7);

export interface Algorithm {
  digest: (bytes: Uint8Array) => Uint8Array;
  digestSize: number;
  blockSize: number;
}

/** The algorithms hashlib offers, by their lower-case names. */
export const ALGORITHMS: ReadonlyMap<string, Algorithm> = new Map([
  ['md5', { digest: md5, digestSize: 16, blockSize: 64 }],
  ['sha1', { digest: sha1, digestSize: 20, blockSize: 64 }],
  ['sha224', { digest: sha224, digestSize: 28, blockSize: 64 }],
  ['sha256', { digest: sha256, digestSize: 32, blockSize: 64 }],
  [
    'sha384',
    { digest: (b: Uint8Array) => sha512(b, true).slice(0, 48), digestSize: 48, blockSize: 128 },
  ],
  ['sha512', { digest: (b: Uint8Array) => sha512(b), digestSize: 64, blockSize: 128 }],
]);
