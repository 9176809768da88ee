/**
 * A scenario file of the trainee's own (the format of src/sim/scenarios/scenario.schema.json), loaded to
 * train on: the simulator checks it against the scenario schema and, when it is not valid, the page shows
 * each problem at its field. A file that carries a lesson's steps is taken as a lesson.
 */
import { useState } from 'react';
import type { Lesson } from '../../../sim/course/course-schema';
import { scenarioSchema } from '../../../sim/scenarios/schema';
import { limits } from '../../../sim/worker/protocol';

/** The lesson a valid scenario file carries (its `steps`), or null; an invalid file is the simulator's to refuse. */
function lessonOf(text: string): Lesson | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = scenarioSchema.safeParse(json);
  if (!parsed.success || !parsed.data.steps) return null;
  const scenario = parsed.data;
  return {
    id: `file-${scenario.name}`,
    title: scenario.title,
    summary: scenario.description,
    scenario: { own: scenario },
    steps: scenario.steps ?? [],
  };
}

export function ScenarioFile({ onLoad }: { onLoad(text: string, lesson: Lesson | null): void }) {
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  return (
    <section aria-labelledby="scenario-file-heading" className="mt-4">
      <h2 id="scenario-file-heading" className="text-xl font-semibold">
        Your own scenario
      </h2>
      <label className="mt-1 flex flex-col text-sm">
        Load a scenario file (JSON, scenario format version 1)
        <input
          type="file"
          accept="application/json,.json"
          className="mt-1 text-sm"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            const text = await file.text();
            // A session takes no larger file: say so here rather than send it.
            if (text.length > limits.scenarioFileChars) {
              setTooLarge(
                `${file.name} has ${text.length} characters; a scenario file has at most ${limits.scenarioFileChars}.`,
              );
              return;
            }
            setTooLarge(null);
            onLoad(text, lessonOf(text));
          }}
        />
      </label>
      {tooLarge && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {tooLarge}
        </p>
      )}
    </section>
  );
}
