/**
 * Every change of a runbook (each keystroke) writes the browser's store. A big VG's runbook is hundreds of
 * kilobytes of JSON: the stored text is parsed again only when another tab has written it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleFacts } from '../../core/model/sample';
import { memoryStorage } from '../test-support/memory-storage';

let localStorage: Storage;

beforeEach(() => {
  vi.resetModules();
  localStorage = memoryStorage();
  vi.stubGlobal('localStorage', localStorage);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the runbook store in the browser', () => {
  it('writes each keystroke without parsing the stored runbooks again, unless another tab wrote them', async () => {
    const { useRunbooks } = await import('./runbooks');
    await useRunbooks.persist.rehydrate();
    const id = useRunbooks.getState().createRunbook('', sampleFacts());
    const parse = vi.spyOn(JSON, 'parse');
    for (const name of ['d', 'da', 'dat']) useRunbooks.getState().rename(id, name);
    expect(parse).not.toHaveBeenCalled();

    // Another tab adds a runbook.
    const stored = JSON.parse(localStorage.getItem('vgcopy.runbooks') ?? '');
    stored.state.runbooks.other = { ...stored.state.runbooks[id], id: 'other', name: 'appvg' };
    localStorage.setItem('vgcopy.runbooks', JSON.stringify(stored));
    parse.mockClear();
    useRunbooks.getState().rename(id, 'datavg');
    expect(parse).toHaveBeenCalledTimes(1);
    const written = JSON.parse(localStorage.getItem('vgcopy.runbooks') ?? '');
    expect(Object.values(written.state.runbooks).map((rb) => (rb as { name: string }).name)).toEqual([
      'datavg',
      'appvg',
    ]);
  });
});
