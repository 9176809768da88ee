/**
 * A scenario file of the trainee's own (the format of src/sim/scenarios/scenario.schema.json), loaded to
 * train on: the simulator checks it against the scenario schema and, when it is not valid, the page shows
 * each problem at its field.
 */
import { limits } from '../../../sim/worker/protocol';

export function ScenarioFile({ onLoad }: { onLoad(text: string): void }) {
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
            // Larger than a session accepts: say so here rather than send it.
            onLoad(file.size > limits.scenarioFileChars ? '' : await file.text());
          }}
        />
      </label>
    </section>
  );
}
