// Argument checks shared by the dataset generators. They throw RangeError with a message
// meant for a learner; the language turns it into a ValueError at the call's position.

/**
 * The most points one call may make. A scalar-autograd notebook trains on hundreds; a
 * cap keeps a typo such as moons(10**9) from freezing the session it runs in.
 */
export const MAX_POINTS = 100_000;

/** Throws unless value is a whole number in [min, max]. */
export function checkWholeNumber(
  fn: string,
  name: string,
  value: number,
  min: number,
  max: number,
  meaning = '',
): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      `${fn}: ${name} must be a whole number from ${min} to ${max}${meaning}, got ${value}`,
    );
  }
}

/** Throws unless the noise (a standard deviation) is a finite number >= 0. */
export function checkNoise(fn: string, noise: number): void {
  if (!(noise >= 0 && noise < Infinity)) {
    throw new RangeError(
      `${fn}: noise must be a number of at least 0 (the spread of the random jitter ` +
        `added to each coordinate), got ${noise}`,
    );
  }
}
