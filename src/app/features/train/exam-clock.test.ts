import { describe, expect, it } from 'vitest';
import { countdown, examAnnouncement } from './exam-clock';

describe("the exam's timer", () => {
  it('counts down as m:ss, and h:mm:ss past an hour', () => {
    expect([1800, 61.2, 9, 0, -3, 3725].map(countdown)).toEqual([
      '30:00',
      '1:02',
      '0:09',
      '0:00',
      '0:00',
      '1:02:05',
    ]);
  });

  it('announces the limit, then only 10, 5 and 1 minutes left and time up', () => {
    const said = [1800, 1200, 601, 600, 420, 300, 61, 60, 1, 0].map((s) => examAnnouncement(s, 1800));
    expect(said).toEqual([
      'The exam has started: 30 minutes.',
      'The exam has started: 30 minutes.',
      'The exam has started: 30 minutes.',
      '10 minutes left.',
      '10 minutes left.',
      '5 minutes left.',
      '5 minutes left.',
      '1 minute left.',
      '1 minute left.',
      'Time is up: the exam is graded as it stands.',
    ]);
    // A 5-minute exam does not warn that 10 minutes are left.
    expect(examAnnouncement(300, 300)).toBe('The exam has started: 5 minutes.');
  });
});
