// hash() of a str. CPython's differs from run to run (PYTHONHASHSEED), so any fixed function
// will do as long as equal strs hash alike; callers note it as a varying hash.

export function strHash(s: string): bigint {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return BigInt(h);
}
