import { describe, expect, it } from 'vitest';
import type { Facts } from '../model/facts';
import { asSvcCopy } from '../test-support/facts';
import { retireFacts } from '../test-support/retire';
import { buildPlan } from './build-plan';

/** Each step as id, owner, the action's kind and what undoes it until when. */
function outline(change: (f: Facts) => void = () => {}) {
  return buildPlan(retireFacts(change)).steps.map((s) => [
    s.id,
    s.owner,
    s.action.kind,
    s.storageUndo ? `${s.storageUndo.undo.commands.join('; ')} until ${s.storageUndo.until}` : '',
  ]);
}

describe('the plan of a retire', () => {
  it('unmounts deepest first, varies off, exports, removes the disks, checks, then the storage admin removes and unmaps', () => {
    expect(outline()).toEqual([
      [
        'retire-unmount',
        'aix',
        'umount',
        'mount /fc/data; mount /fc/app; mount /fc/data/logs until retire-export',
      ],
      ['retire-varyoff', 'aix', 'varyoffvg', 'varyonvg flashcopyvg until retire-export'],
      ['retire-export', 'aix', 'exportvg', ''],
      ['retire-rmdev', 'aix', 'rmdev', ''],
      ['retire-verify', 'aix', 'verify-retired', ''],
      ['retire-relationships', 'storage', 'storage', ''],
      ['retire-unmap', 'storage', 'storage', ''],
    ]);
    expect(buildPlan(retireFacts()).steps[0]?.commands).toEqual([
      'lsvg -l flashcopyvg',
      'umount /fc/data/logs',
      'umount /fc/data',
      'umount /fc/app',
    ]);
  });

  it('puts back only what the run found: a copy varied off and unmounted has no undo', () => {
    expect(
      outline((f) => {
        f.existingCopy!.variedOn = false;
        f.existingCopy!.mounted = false;
      }).map(([id, , , undo]) => [id, undo]),
    ).toEqual([
      ['retire-unmount', ''],
      ['retire-varyoff', ''],
      ['retire-export', ''],
      ['retire-rmdev', ''],
      ['retire-verify', ''],
      ['retire-relationships', ''],
      ['retire-unmap', ''],
    ]);
  });

  it('SVC: stops the group still copying before rmfcmap, in the retire phase', () => {
    const plan = buildPlan(
      retireFacts((f) => {
        asSvcCopy(f);
        if (f.storage) f.storage.hostObject = 'aixprod01';
      }),
    );
    expect(plan.steps.slice(5).map((s) => [s.id, s.phase, s.commands])).toEqual([
      ['svc-group-idle', 'retire', ['lsfcconsistgrp -delim : fccg_datavg', 'stopfcconsistgrp fccg_datavg']],
      [
        'retire-relationships',
        'retire',
        ['rmfcmap fccg_datavg_m0', 'rmfcmap fccg_datavg_m1', 'rmfcmap fccg_datavg_m2'],
      ],
      [
        'retire-unmap',
        'retire',
        [
          'rmvdiskhostmap -host aixprod01 aixfc_d0',
          'rmvdiskhostmap -host aixprod01 aixfc_d1',
          'rmvdiskhostmap -host aixprod01 aixfc_d2',
        ],
      ],
    ]);
  });

  it('leaves storage vgcopy writes no commands for to the storage admin, by hand', () => {
    expect(outline((f) => void Object.assign(f.copy, { method: 'oem' })).slice(5)).toEqual([
      ['retire-storage', 'storage', 'manual', ''],
    ]);
  });
});
