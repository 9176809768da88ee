/**
 * DS CLI message catalogue. Shape `CMUCnnnnnS command: text` (S = I info, W warning, E error); errors the
 * storage image reports are `CMUN...E command: pair: text`. The numbers and texts follow docs/aix-behaviour.md 18
 * and are kept here, in one place, so they are easy to correct (docs/aix-behaviour.md 23).
 *
 * Each message is marked where it stands:
 * - seen: the number and text verbatim in public material (named; docs/aix-behaviour.md's source list). No DS CLI
 *   message text was found in IBM's own documentation: the DS CLI reference pages (S14) give syntax, not output.
 * - plausible: the number, the text or both inferred from the CMUC/CMUN pattern; not seen anywhere.
 */
import type { StorageErrorCode } from '../store';

/** DS CLI return codes (DS CLI User's Guide): syntax error 2, error reported by the storage server 4. */
export const DS_EXIT = { ok: 0, syntax: 2, server: 4 } as const;

export const dsInfo = {
  // seen: S15 (GDPS notes, `CMUC00137I mkflash: FlashCopy pair 0111:0110 successfully created.`)
  flashCreated: (pair: string) => `CMUC00137I mkflash: FlashCopy pair ${pair} successfully created.`,
  // plausible (S15 notes quote a server-side CMUN message for rmflash instead)
  flashRemoved: (pair: string) => `CMUC00140I rmflash: FlashCopy pair ${pair} successfully removed.`,
  // plausible (prompt shape from S15 notes)
  flashRemovePrompt: (pair: string) =>
    `CMUC00144W rmflash: Are you sure you want to remove the FlashCopy pair ${pair}:? [y/n]:`,
  // plausible
  flashResynced: (pair: string) =>
    `CMUC00168I resyncflash: FlashCopy volume pair ${pair} successfully resynchronized.`,
  // plausible
  flashUnfrozen: (lss: string) =>
    `CMUC00172I unfreezeflash: FlashCopy consistency group for logical subsystem ${lss}: successfully reset.`,
  // seen: S15 (`CMUC00153I mkpprc: Remote Mirror and Copy volume pair relationship 1000:2000 successfully created.`)
  pprcCreated: (pair: string) =>
    `CMUC00153I mkpprc: Remote Mirror and Copy volume pair relationship ${pair} successfully created.`,
  // plausible
  pprcRemovePrompt: (pair: string) =>
    `CMUC00160W rmpprc: Are you sure you want to delete the Remote Mirror and Copy volume pair relationship ${pair}:? [y/n]:`,
  // plausible
  pprcRemoved: (pair: string) =>
    `CMUC00155I rmpprc: Remote Mirror and Copy volume pair ${pair} relationship successfully withdrawn.`,
  // plausible
  pprcPaused: (pair: string) =>
    `CMUC00157I pausepprc: Remote Mirror and Copy volume pair ${pair} relationship successfully paused.`,
  // plausible
  pprcResumed: (pair: string) =>
    `CMUC00158I resumepprc: Remote Mirror and Copy volume pair ${pair} relationship successfully resumed. This message is being returned before the copy completes.`,
  // plausible
  pprcFrozen: (lssPair: string) =>
    `CMUC00161W freezepprc: Remote Mirror and Copy consistency group ${lssPair} successfully created.`,
  // plausible
  pprcThawed: (lssPair: string) =>
    `CMUC00163I unfreezepprc: Remote Mirror and Copy pair ${lssPair} successfully thawed.`,
  // Plausible: CMUC00149I is the number IBM's DS CLI guide gives mkpprcpath's success; the wording follows it.
  pathEstablished: (lssPair: string) =>
    `CMUC00149I mkpprcpath: Remote Mirror and Copy path ${lssPair} successfully established.`,
  // plausible
  pprcFailedOver: (pair: string) =>
    `CMUC00196I failoverpprc: Remote Mirror and Copy pair ${pair} successfully reversed.`,
  // plausible
  pprcFailedBack: (pair: string) =>
    `CMUC00197I failbackpprc: Remote Mirror and Copy pair ${pair} successfully failed back.`,
  // seen: the CMUC00234I pattern verbatim in public DS8000 tooling (`lsflash: No Flash Copy found.`, `lspprc: No Remote Mirror and Copy found.`, `lsvolgrp: No Volume Group found.`, `lsfbvol: No FB Volume found.`); other nouns plausible
  noneFound: (command: string, what: string) => `CMUC00234I ${command}: No ${what} found.`,
  // Global Mirror (IBM Redbook SG24-6787 shows these commands' success lines; the numbers and wording here
  // are recalled from it, not checked against the text: plausible).
  sessionOpened: (session: string) => `CMUC00145I mksession: Session ${session} opened successfully.`,
  // plausible
  sessionModified: (session: string) => `CMUC00147I chsession: Session ${session} successfully modified.`,
  // plausible
  gmirStarted: (session: string) =>
    `CMUC00162I mkgmir: Global Mirror for session ${session} successfully started.`,
  // plausible
  gmirPaused: (session: string) =>
    `CMUC00163I pausegmir: Global Mirror for session ${session} successfully paused.`,
  // plausible
  gmirResumed: (session: string) =>
    `CMUC00164I resumegmir: Global Mirror for session ${session} successfully resumed.`,
  // plausible
  gmirRemovePrompt: (session: string) =>
    `CMUC00166W rmgmir: Are you sure you want to stop the Global Mirror session ${session}:? [y/n]:`,
  // plausible
  gmirStopped: (session: string) =>
    `CMUC00165I rmgmir: Global Mirror for session ${session} successfully stopped.`,
  // plausible
  flashReversed: (pair: string) =>
    `CMUC00169I reverseflash: FlashCopy volume pair ${pair} successfully reversed.`,
  // plausible
  fbvolCreated: (id: string) => `CMUC00025I mkfbvol: FB volume ${id} successfully created.`,
  // plausible
  volgrpModified: (vg: string) => `CMUC00031I chvolgrp: Volume group ${vg} successfully modified.`,
};

/** Errors the DS CLI client finds before asking the storage image (exit 2). */
export const dsSyntax = {
  // plausible
  unknownCommand: (command: string) =>
    `CMUC00001E dscli: ${command} is not a valid command. Enter "help" for the list of commands.`,
  // plausible
  unknownParameter: (command: string, flag: string) => `CMUC00011E ${command}: Unknown parameter ${flag}.`,
  // plausible
  missingValue: (command: string, flag: string) =>
    `CMUC00012E ${command}: Parameter ${flag} requires a value.`,
  // plausible
  missingOperand: (command: string, what: string) =>
    `CMUC00013E ${command}: Missing required parameter: ${what}.`,
  // plausible
  missingType: (command: string) => `CMUC00013E ${command}: Missing required parameter: -type.`,
  // plausible
  invalidValue: (command: string, flag: string, value: string) =>
    `CMUC00014E ${command}: Invalid value ${value} for parameter ${flag}.`,
  // plausible
  invalidVolume: (command: string, id: string) =>
    `CMUC00015E ${command}: ${id} is not a valid volume ID. Specify 4 hexadecimal digits, for example 1000.`,
  // plausible
  invalidPair: (command: string, operand: string) =>
    `CMUC00016E ${command}: ${operand} is not a valid volume pair. Specify source_volume_ID:target_volume_ID.`,
  // plausible
  invalidLss: (command: string, operand: string) =>
    `CMUC00017E ${command}: ${operand} is not a valid logical subsystem ID. Specify 2 hexadecimal digits.`,
  // plausible
  invalidRange: (command: string, operand: string) =>
    `CMUC00018E ${command}: ${operand} is not a valid volume ID range. Both ends must be in one LSS, low to high.`,
  // plausible
  unknownImage: (command: string, image: string) =>
    `CMUC00019E ${command}: The storage image ID ${image} is not known to this HMC.`,
  // plausible
  exclusive: (command: string, a: string, b: string) =>
    `CMUC00020E ${command}: The ${a} and ${b} parameters cannot be used together.`,
  invalidPortPair: (command: string, operand: string) =>
    `CMUC00016E ${command}: ${operand} is not a valid port pair. Specify source_port_ID:target_port_ID, for example I0001:I0101.`,
  // plausible
  invalidSession: (command: string, operand: string) =>
    `CMUC00017E ${command}: ${operand} is not a valid session ID. Specify 2 hexadecimal digits, 01 to FF.`,
  // plausible
  noScriptFile: (path: string) => `CMUC00029E dscli: Unable to open the script file ${path}.`,
};

/**
 * What the storage image reports for a failed copy-services request on one pair (exit 4). All plausible:
 * neither the CMUN numbers below nor these texts were seen in public material.
 */
const serverTexts: Record<StorageErrorCode, string> = {
  'volume-not-found': 'The volume does not exist.',
  'volume-exists': 'The volume ID is already in use.',
  'wrong-extent-pool': 'The extent pool belongs to the other rank group: even LSSs use P0, odd LSSs P1.',
  'same-volume': 'The source and target volume are the same volume.',
  'size-mismatch': 'The target volume is smaller than the source volume.',
  'target-in-use': 'The target volume is already in a copy relationship.',
  'source-in-use': 'The source volume is already in a copy relationship that does not allow it.',
  'relationship-exists': 'The relationship already exists.',
  'relationship-not-found': 'The relationship does not exist.',
  'not-recordable':
    'The FlashCopy relationship was not established with change recording. Use mkflash -record -persist.',
  'type-mismatch': 'The -type parameter does not match the type of the existing relationship.',
  'wrong-state': 'The source volume is not a suspended primary. Issue failoverpprc first.',
  'object-not-found': 'The object does not exist.',
  'name-in-use': 'The name is already in use.',
  'invalid-name': 'The name is not valid.',
  // Plausible texts: the storage refuses to copy over an LSS pair without paths (freezepprc removed them).
  'no-path': 'No Remote Mirror and Copy path is established between the source LSS and the target LSS.',
  'wrong-wwnn': 'The remote WWNN does not match the WWNN of the remote storage image.',
};

const serverNumbers: Record<StorageErrorCode, string> = {
  'volume-not-found': '03005',
  'volume-exists': '02016',
  'wrong-extent-pool': '02017',
  'same-volume': '03001',
  'size-mismatch': '03003',
  'target-in-use': '03043',
  'source-in-use': '03042',
  'relationship-exists': '03040',
  'relationship-not-found': '03030',
  'not-recordable': '03036',
  'type-mismatch': '03112',
  'wrong-state': '03052',
  'object-not-found': '03005',
  'name-in-use': '03040',
  'invalid-name': '03005',
  'no-path': '03071',
  'wrong-wwnn': '03078',
};

/**
 * `CMUN03043E mkflash: 1000:1100: Copy Services operation failure: ...`; configuration commands (mkfbvol,
 * chvolgrp) report without the Copy Services preamble.
 */
export function dsServerError(
  command: string,
  subject: string,
  code: StorageErrorCode,
  copyServices = true,
): string {
  const preamble = copyServices ? 'Copy Services operation failure: ' : '';
  return `CMUN${serverNumbers[code]}E ${command}: ${subject}: ${preamble}${serverTexts[code]}`;
}
