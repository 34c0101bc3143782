// The protocol repeats the language's error kinds (it may import nothing of ours, so the
// webview can take it as it is); this keeps the two lists the same.
import { strict as assert } from 'node:assert';
import type { ErrorKind } from '../../../src/kernel/protocol';
import type { TgradErrorKind } from '../../../src/lang/errors';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same: Same<ErrorKind, TgradErrorKind> = true;

describe('protocol', () => {
  it('names exactly the error kinds the language raises', () => {
    assert.equal(same, true);
  });
});
