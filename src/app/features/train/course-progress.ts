/**
 * Which lessons of the course a trainee has finished, kept in this browser (per trainee name) so the
 * course view shows the way walked so far.
 */
const key = (trainee: string) => `vgcopy.course.${trainee}`;

export function finishedLessons(trainee: string): string[] {
  try {
    const kept: unknown = JSON.parse(localStorage.getItem(key(trainee)) ?? '[]');
    return Array.isArray(kept) ? kept.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function markLessonFinished(trainee: string, lessonId: string): void {
  const finished = finishedLessons(trainee);
  if (!finished.includes(lessonId))
    localStorage.setItem(key(trainee), JSON.stringify([...finished, lessonId]));
}
