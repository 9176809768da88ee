/**
 * Grading a retirement (docs/aix-behaviour.md 20.6): what the grade says, in full, when the copy is retired in
 * the wrong order or the source is retired instead.
 */
import { describe, expect, it } from 'vitest';
import { gradeIn, misses } from '../test-support/grade-in';
import { trapPlay } from '../test-support/trap-plays';
import { lessons } from './lessons';

const play = async (trap: string) => {
  const { lines } = trapPlay('retire-copy', trap);
  return misses(await gradeIn('retire-copy', lines));
};

describe('retire-copy graded', () => {
  it('names the storage command that pulled the FlashCopy from under the varied-on copy', async () => {
    expect(await play('the FlashCopy withdrawn before the copy is unmounted')).toEqual({
      score: 89,
      passed: false,
      missed: [
        {
          id: 'storage-removed-while-in-use',
          detail:
            'command 1, `dscli rmflash -quiet -dev IBM.2107-75ABCD1 1000:1100 1001:1101` removed relationship onto 1100, ' +
            'relationship onto 1101 while copyvg was varied on.',
          lesson: lessons['storage-removed-while-in-use'],
        },
      ],
    });
  });

  it('names the refused exportvg and what was still mounted', async () => {
    expect(await play('exportvg before the copy is unmounted')).toEqual({
      score: 89,
      passed: false,
      missed: [
        {
          id: 'retired-while-mounted',
          detail:
            'command 1, `exportvg copyvg`, while /copy/app, /copy/app/data, /copy/app/arch were mounted: refused.',
          lesson: lessons['retired-while-mounted'],
        },
      ],
    });
  });
});
