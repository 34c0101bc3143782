// How a statement ended. Statements return one of these instead of throwing, so break,
// continue and return cost a comparison, not an exception.
export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;
