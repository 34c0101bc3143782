// Python 3's exact text for numbers and strings: repr/str and the format-spec mini-language.
export { floatRepr } from './floatRepr';
export { intRepr, MAX_INT_DIGITS } from './intRepr';
export { strRepr } from './strRepr';
export { formatFloat } from './formatFloat';
export { formatInt } from './formatInt';
export { formatStr } from './formatStr';
export { formatBool } from './formatBool';
export { FormatError, MAX_FIELD_SIZE, type FormatErrorKind } from './formatError';
export { bytesRepr } from './bytesRepr';
