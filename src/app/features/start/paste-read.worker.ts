/**
 * Reads a large paste off the page's thread: a 2 MB paste takes the parsers a second or more, which on
 * the page's thread would freeze typing and the Clear button. The core parser is pure TypeScript and runs
 * here unchanged. The last read is kept, so a change to the forms only applies it again.
 */
import '../../zod-without-eval';
import { type PasteRead, readPaste } from '../../../core/parse';
import type { PasteReadReply, PasteReadRequest } from './paste-read-protocol';

/** The worker's global scope; the app's DOM typings describe a window, so name just what is used. */
const scope = self as unknown as {
  postMessage(message: PasteReadReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<PasteReadRequest>) => void): void;
};

let last: { text: string; read: PasteRead } | undefined;

scope.addEventListener('message', ({ data }) => {
  if (last?.text !== data.text) last = { text: data.text, read: readPaste(data.text) };
  scope.postMessage({ id: data.id, sections: last.read.sections, applied: last.read.apply(data.facts) });
});
