// log2 x as CPython computes it on Linux x86-64 with glibc 2.28 or later: Arm's log2 (the
// optimized-routines algorithm glibc and musl ship: x = 2^k·z, z near a table point c with
// log2 c known, log2(z/c) by a polynomial; near 1 a longer polynomial), in glibc's build for
// FMA-capable processors, where z/c - 1 and the split products are fused multiply-adds and
// the compiler fuses the other `a*b + c` of the source. It is not correctly rounded: rounding
// correctly missed glibc's last bit for about one argument in a thousand (entropies in bits).
//
// Copyright (c) 2018, Arm Limited.
// SPDX-License-Identifier: MIT
// (the algorithm and the table below are Arm's log2.c and log2_data.c, transcribed)

import { fma } from './fusedMultiplyAdd';

const INV_LN2_HI = 1.4426950407214463; // 0x1.7154765200000p+0
const INV_LN2_LO = 1.6751713164886512e-10; // 0x1.705fc2eefa200p-33
/** poly1: log2(1 + r) near 1. */
const B = [
  -0.7213475204444817, 0.48089834696298744, -0.360673760222145, 0.2885390081805197,
  -0.24044917405728863, 0.2060992861022954, -0.18033596705327856, 0.1603032746063156,
  -0.14483316576701266, 0.13046826811283835,
];
/** poly: log2(1 + r) for small r. */
const A = [
  -0.7213475204444882, 0.4808983469629985, -0.36067375954075914, 0.2885390073180969,
  -0.2404693555628422, 0.2061202382173603,
];
/** tab[i].invc: about 1/c for c near the middle of subinterval i of 64. */
const INVC = [
  1.4463276106642393, 1.4301675812282968, 1.4143648676229383, 1.3989068970611538,
  1.3837838957784339, 1.368983882697786, 1.3544972916324536, 1.3403139676437443, 1.3264249304188642,
  1.3128203652112156, 1.299492412370217, 1.28643198385998, 1.2736319291846832, 1.2610838968062879,
  1.248780314313572, 1.2367150450059063, 1.2248804968401878, 1.2132702353497795, 1.2018780785715362,
  1.190697765061355, 1.1797235410550593, 1.1689498986205256, 1.158371137408455, 1.1479820146386086,
  1.1377775576851088, 1.127753150630225, 1.1179037012282074, 1.1082251967632821, 1.098712461056607,
  1.0893619091634283, 1.0801689912316736, 1.071129489697672, 1.0622406576750423, 1.0534977607927976,
  1.044897877982342, 1.0364370289499079, 1.0281122132034575, 1.0199202450036955, 1.0118577522306755,
  1.003921649236766, 0.9922480467550775, 0.9770993366178549, 0.9624059787315814, 0.9481480598286369,
  0.9343065931261065, 0.9208633936884979, 0.9078013641840602, 0.8951048181512927, 0.882758574260473,
  0.8707481902241709, 0.8590602881746972, 0.8476822044336688, 0.8366013284053287,
  0.8258064913621258, 0.8152865101579193, 0.8050314363208223, 0.7950310492640542,
  0.7852760432487271, 0.7757575660314712, 0.7664670566588946, 0.7573965608078645,
  0.7485380168514022, 0.7398844213755009, 0.7314286113178112,
];
/** tab[i].logc: log2 c. */
const LOGC = [
  -0.5323943771486483, -0.516184206053822, -0.5001543441974263, -0.4842999484799293,
  -0.46861865624623533, -0.4531054615783887, -0.43775750882059583, -0.4225709906127122,
  -0.40754302793970965, -0.3926695240384106, -0.3779482100565019, -0.36337518101890964,
  -0.3489484089425332, -0.33466425780738973, -0.3205197000629596, -0.3065131231801388,
  -0.2926410022678283, -0.2789009220805383, -0.2652905529862437, -0.2518072602367738,
  -0.23844881494437686, -0.22521309705462045, -0.21209756102439314, -0.1991000395789797,
  -0.18621852970682085, -0.17345131655361, -0.16079591649577196, -0.14825107384353942,
  -0.13581387465410444, -0.12348332762257996, -0.11125703807351783, -0.09913289918449664,
  -0.08711065531497297, -0.07518724771330199, -0.06336194888240243, -0.0516324649456692,
  -0.039997735929773626, -0.028456341769015125, -0.017006489068080555, -0.005646678981520381,
  0.011227277611396858, 0.033422853921138085, 0.05528248992573026, 0.07681573143713649,
  0.09803204623631245, 0.11894094059630334, 0.13955143862290242, 0.15987146080919956,
  0.17990916589428707, 0.19967252559081317, 0.2191687127685782, 0.23840459427242422,
  0.25738780610663525, 0.27612433583180973, 0.2946209507022104, 0.31288297359969874,
  0.33091689015759584, 0.3487282100279572, 0.36632223233368677, 0.383704309808536,
  0.4008792246509074, 0.41785250494945103, 0.4346281724315304, 0.45121103315341315,
];

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
// The words of a double, little-endian as every platform Node runs on.
const LO = 0;
const HI = 1;

/** 1 - 0x1.5b51p-5 and 1 + 0x1.6ab2p-5: the interval where the near-1 polynomial is used. */
const NEAR_LOW = 0.9576029777526855;
const NEAR_HIGH = 1.0442743301391602;
const OFF_HI = 0x3fe60000; // high word of 0x3fe6000000000000

/** log2 x for x in [1 - 0x1.5b51p-5, 1 + 0x1.6ab2p-5). */
function log2NearOne(x: number): number {
  if (x === 1.0) return 0;
  const r = x - 1.0;
  const hi = r * INV_LN2_HI;
  let lo = fma(r, INV_LN2_LO, fma(r, INV_LN2_HI, -hi));
  const r2 = r * r;
  const r4 = r2 * r2;
  const q = fma(r, B[1], B[0]);
  const y = fma(r2, q, hi);
  lo += fma(r2, q, hi - y);
  const u = fma(r2, fma(r, B[9], B[8]), fma(r, B[7], B[6]));
  const v = fma(r2, fma(r, B[5], B[4]), fma(r, B[3], B[2]));
  lo = fma(r4, fma(r4, u, v), lo);
  return y + lo;
}

export function glibcLog2(x: number): number {
  if (x >= NEAR_LOW && x < NEAR_HIGH) return log2NearOne(x);
  F64[0] = x;
  let ixHi = U32[HI];
  let ixLo = U32[LO];
  const top = ixHi >>> 16;
  if (top - 0x0010 >= 0x7ff0 - 0x0010 || top < 0x0010) {
    // x < 2^-1022 or x >= 2^1024 (subnormal, zero, negative, inf or nan)
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if (top & 0x8000 || (top & 0x7ff0) === 0x7ff0) return NaN;
    // subnormal: normalized, its exponent corrected
    F64[0] = x * 4503599627370496; // 2^52
    ixHi = (U32[HI] - (52 << 20)) >>> 0;
    ixLo = U32[LO];
  }
  // x = 2^k·z, z in [OFF, 2·OFF), and subinterval i of 64 holds it.
  const tmpHi = (ixHi - OFF_HI) | 0;
  const i = (tmpHi >>> 14) & 63;
  const k = tmpHi >> 20;
  U32[HI] = (ixHi - (tmpHi & 0xfff00000)) >>> 0;
  U32[LO] = ixLo;
  const z = F64[0];
  const r = fma(z, INVC[i], -1.0);
  const t1 = r * INV_LN2_HI;
  const t2 = fma(r, INV_LN2_LO, fma(r, INV_LN2_HI, -t1));
  const t3 = k + LOGC[i];
  const hi = t3 + t1;
  const lo = t3 - hi + t1 + t2;
  const r2 = r * r;
  const r4 = r2 * r2;
  const p = fma(r4, fma(r, A[5], A[4]), fma(r2, fma(r, A[3], A[2]), fma(r, A[1], A[0])));
  return fma(r2, p, lo) + hi;
}
