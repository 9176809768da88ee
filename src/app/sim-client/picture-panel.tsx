/** The world's picture with what the last command changed highlighted, and a before/after view. */
import { useState } from 'react';
import type { WorldPicture } from '../../sim/worker/protocol';
import { WorldPictureView } from './world-picture';

export function PicturePanel({
  picture,
  before,
  changed,
}: {
  picture: WorldPicture;
  before: WorldPicture | null;
  changed: string[];
}) {
  const [compare, setCompare] = useState(false);
  return (
    // The world's tables are wider than a column: they scroll in their own region instead of running
    // under the checks panel beside the page.
    <section
      aria-labelledby="picture-heading"
      className="max-h-[40rem] min-w-0 overflow-auto rounded border border-slate-200 bg-white p-2"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
    >
      <div className="flex items-center justify-between">
        <h3 id="picture-heading" className="font-semibold">
          The world now
        </h3>
        <label className="text-sm">
          <input
            type="checkbox"
            className="mr-1"
            checked={compare}
            disabled={!before}
            onChange={(e) => setCompare(e.target.checked)}
          />
          Before/after the last command
        </label>
      </div>
      {compare && before ? (
        <div className="mt-2 grid gap-2 lg:grid-cols-2">
          <WorldPictureView label="World before the last command" picture={before} />
          <WorldPictureView label="World after the last command" picture={picture} changed={changed} />
        </div>
      ) : (
        <div className="mt-2">
          <WorldPictureView label="World picture" picture={picture} changed={changed} />
        </div>
      )}
    </section>
  );
}
