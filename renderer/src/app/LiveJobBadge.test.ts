import { describe, expect, it } from 'vitest';
import { liveJobsText } from './LiveJobBadge';

describe('the header says what runs and what waits', () => {
  it('one running, one queued', () => {
    const said = liveJobsText([
      { state: 'running', phase: 'writing', done: 45, total: 100 },
      { state: 'queued', phase: '', done: 0, total: 0 },
    ])!;
    expect(said.text).toBe('Importing 45% · 1 waiting');
    expect(said.detail).toBe('One import runs (writing to the workspace, 45%); 1 more import waits its turn: imports run one at a time.');
  });
  it('only queued ones wait to start', () => {
    expect(liveJobsText([{ state: 'queued', phase: '', done: 0, total: 0 }])!.text).toBe('Import waiting to start');
    expect(liveJobsText([])).toBeNull();
  });
});
