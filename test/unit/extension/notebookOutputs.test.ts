import { strict as assert } from 'node:assert';
import {
  ERROR_MIME,
  ipynbOutputs,
  STDERR_MIME,
  STDOUT_MIME,
} from '../../../src/extension/notebookOutputs';

describe('notebookOutputs', () => {
  it('turns VS Code’s output items into Jupyter streams, results and errors', () => {
    assert.deepEqual(ipynbOutputs([{ mime: STDOUT_MIME, text: 'hi\n' }], 3), [
      { output_type: 'stream', name: 'stdout', text: 'hi\n' },
    ]);
    assert.deepEqual(ipynbOutputs([{ mime: STDERR_MIME, text: 'careful\n' }], 3), [
      { output_type: 'stream', name: 'stderr', text: 'careful\n' },
    ]);
    assert.deepEqual(ipynbOutputs([{ mime: 'text/plain', text: '6' }], 3), [
      {
        output_type: 'execute_result',
        execution_count: 3,
        data: { 'text/plain': '6' },
        metadata: {},
      },
    ]);
    assert.deepEqual(
      ipynbOutputs(
        [
          {
            mime: ERROR_MIME,
            text: JSON.stringify({ name: 'NameError', message: "name 'x' is not defined" }),
          },
        ],
        1,
      ),
      [
        {
          output_type: 'error',
          ename: 'NameError',
          evalue: "name 'x' is not defined",
          traceback: ["NameError: name 'x' is not defined"],
        },
      ],
    );
  });
});
