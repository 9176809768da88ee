/**
 * SVC / Storage Virtualize CLI messages: `CMMVCnnnnE text` on stderr, exit code 1; create commands print
 * `<Object>, id [n], successfully created`, other changing commands print nothing (AIX-REFERENCE.md 19.1).
 * Texts seen verbatim in IBM material and the cinder SVC simulator (S12); the target-in-use text is not
 * confirmed.
 */
import type { StorageErrorCode } from '../store';

export const SVC_EXIT_ERROR = 1;

export const svcMessages = {
  groupCreated: (id: number) => `FlashCopy Consistency Group, id [${id}], successfully created`,
  mapCreated: (id: number) => `FlashCopy Mapping, id [${id}], successfully created`,
  vdiskCreated: (id: string) => `Virtual Disk, id [${id}], successfully created`,
  hostMapCreated: (scsi: number) => `Virtual Disk to Host map, id [${scsi}], successfully created`,
  alreadyMapped:
    'CMMVC6071E The VDisk-to-host mapping was not created because the VDisk is already mapped to a host.',
  lunTaken:
    'CMMVC5879E The VDisk-to-host mapping was not created because a VDisk is already mapped to this host with this SCSI LUN.',
  /** An action name after svctask / svcinfo that the CLI does not know. */
  unsupportedAction: 'CMMVC6051E An unsupported action was selected.',
  noObjectId: 'CMMVC5701E No object ID was specified.',
  missingParameters: 'CMMVC5707E Required parameters are missing.',
  unsupported: (parameter: string) => `CMMVC5709E [${parameter}] is not a supported parameter.`,
  invalidData: (value: string) => `CMMVC5711E [${value}] is not valid data.`,
  exclusive: 'CMMVC5713E Some parameters are mutually exclusive.',
  notSuitable: 'CMMVC5753E The specified object does not exist or is not a suitable candidate.',
  noSuchObject:
    'CMMVC5754E The specified object does not exist, or the name supplied does not meet the naming rules.',
};

/** The message for a failed FlashCopy operation. */
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
