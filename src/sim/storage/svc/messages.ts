/**
 * SVC / Storage Virtualize CLI messages: `CMMVCnnnnE text` on stderr, exit code 1; create commands print
 * `<Object>, id [n], successfully created`, other changing commands print nothing (docs/aix-behaviour.md 19.1).
 *
 * Each message is marked where it stands:
 * - confirmed: IBM's Storage Virtualize / FlashSystem CLI documentation shows it (S13 in docs/aix-behaviour.md).
 * - seen: verbatim in public material, mostly the OpenStack cinder SVC simulator (S12), named per message.
 * - plausible: not seen; inferred from the CMMVC pattern.
 */
import type { StorageErrorCode } from '../store';
import type { RcErrorCode } from '../svc-remote-copy';

export const SVC_EXIT_ERROR = 1;

export const svcMessages = {
  // confirmed: S13, the mkfcconsistgrp invocation example (docs/aix-behaviour.md 19.1)
  groupCreated: (id: number) => `FlashCopy Consistency Group, id [${id}], successfully created`,
  // confirmed: S13, the mkfcmap invocation example (docs/aix-behaviour.md 19.1)
  mapCreated: (id: number) => `FlashCopy Mapping, id [${id}], successfully created`,
  // seen: S12 (the cinder simulator's mkvdisk answer)
  vdiskCreated: (id: string) => `Virtual Disk, id [${id}], successfully created`,
  // seen: S12 (the cinder simulator's mkvdiskhostmap answer)
  hostMapCreated: (scsi: number) => `Virtual Disk to Host map, id [${scsi}], successfully created`,
  // seen: S12
  alreadyMapped:
    'CMMVC6071E The VDisk-to-host mapping was not created because the VDisk is already mapped to a host.',
  // seen: S12
  lunTaken:
    'CMMVC5879E The VDisk-to-host mapping was not created because a VDisk is already mapped to this host with this SCSI LUN.',
  /** An action name after svctask / svcinfo that the CLI does not know. */
  // seen: a public REST API transcript (`error text: CMMVC6051E An unsupported action was selected.`)
  unsupportedAction: 'CMMVC6051E An unsupported action was selected.',
  // seen: S12
  noObjectId: 'CMMVC5701E No object ID was specified.',
  // seen: S12
  missingParameters: 'CMMVC5707E Required parameters are missing.',
  // seen: S12 (`CMMVC5709E [-%(VALUE)s] is not a supported parameter.`)
  unsupported: (parameter: string) => `CMMVC5709E [${parameter}] is not a supported parameter.`,
  // plausible (the number is seen in public SVC tooling, the text is not)
  invalidData: (value: string) => `CMMVC5711E [${value}] is not valid data.`,
  // seen: S12
  exclusive: 'CMMVC5713E Some parameters are mutually exclusive.',
  // seen: S12 and public IBM i copy-services tooling
  notSuitable: 'CMMVC5753E The specified object does not exist or is not a suitable candidate.',
  // plausible: recalled from IBM's mkrcconsistgrp invocation example, not checked against S13
  rcGroupCreated: (id: number) => `RC Consistency Group, id [${id}], successfully created`,
  // plausible: recalled from IBM's mkrcrelationship invocation example, not checked against S13
  rcCreated: (id: number) => `RC Relationship, id [${id}], successfully created`,
  // seen: S12 and public IBM i copy-services tooling
  noSuchObject:
    'CMMVC5754E The specified object does not exist, or the name supplied does not meet the naming rules.',
};

/**
 * The message for a failed FlashCopy operation. Seen in S12: CMMVC6035E, CMMVC6303E, CMMVC5924E, CMMVC5903E,
 * CMMVC6527E (with CMMVC5754E and CMMVC5753E above). Plausible: CMMVC5921E (target in use), not found in
 * public material; and reusing CMMVC5753E/5754E for the storage errors that have no SVC message of their own.
 */
export const svcErrors: Record<StorageErrorCode, string> = {
  'object-not-found': svcMessages.noSuchObject,
  'volume-not-found': svcMessages.noSuchObject,
  'volume-exists': 'CMMVC6035E The action failed as the object already exists.',
  'wrong-extent-pool': svcMessages.noSuchObject,
  'same-volume': 'CMMVC6303E The create failed because the source and target VDisks are the same.',
  'size-mismatch':
    'CMMVC5924E The FlashCopy mapping was not created because the source and target virtual disks (VDisks) are different sizes.',
  'target-in-use':
    'CMMVC5921E The FlashCopy mapping was not created because the target virtual disk (VDisk) is already the target of another FlashCopy mapping.',
  'wrong-state':
    'CMMVC5903E The FlashCopy mapping was not changed because the mapping or consistency group is another state.',
  'name-in-use': 'CMMVC6035E The action failed as the object already exists.',
  'invalid-name':
    'CMMVC6527E The name that you have entered is not valid. The name can contain letters, numbers, spaces, periods, dashes, and underscores. The name must begin with a letter or an underscore. The name must not begin or end with a space.',
  'source-in-use': svcMessages.notSuitable,
  'relationship-exists': 'CMMVC6035E The action failed as the object already exists.',
  'relationship-not-found': svcMessages.notSuitable,
  'not-recordable': svcMessages.notSuitable,
  'type-mismatch': svcMessages.notSuitable,
  // DS8000 PPRC paths: no SVC command reaches them.
  'no-path': svcMessages.notSuitable,
  'wrong-wwnn': svcMessages.notSuitable,
};

/**
 * The message for a failed remote copy operation (mkrcrelationship, chrcrelationship, startrcconsistgrp,
 * stoprcconsistgrp). All plausible: the numbers are in the CMMVC59xx range IBM uses for remote copy, the
 * texts follow the CLI's wording; none is seen in public material. Object errors reuse the FlashCopy ones.
 */
const rcErrors: Record<RcErrorCode, string> = {
  'rc-wrong-state':
    'CMMVC5935E The action failed because the relationship or consistency group is not in a state that allows it.',
  'rc-needs-force':
    'CMMVC5962E The start failed because the secondary would lose its consistency while it is resynchronized. Specify the -force parameter.',
  'rc-needs-primary': 'CMMVC5963E The direction has not been defined. Specify the -primary parameter.',
  'rc-in-relationship':
    'CMMVC5950E The relationship was not created because a virtual disk (VDisk) is already in a relationship.',
  'rc-size-mismatch':
    'CMMVC5949E The relationship was not created because the master and auxiliary virtual disks (VDisks) are different sizes.',
  'rc-wrong-cluster':
    'CMMVC5951E The relationship was not created because the auxiliary virtual disk (VDisk) is not in the specified cluster.',
};

/** The message for any failure of a remote copy operation. */
export function rcErrorMessage(code: StorageErrorCode | RcErrorCode): string {
  if (code === 'object-not-found') return svcMessages.notSuitable;
  return code in rcErrors ? rcErrors[code as RcErrorCode] : svcErrors[code as StorageErrorCode];
}
