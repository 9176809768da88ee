import { describe, expect, it } from 'vitest';
import { okOut, svcRemoteConsole, svcFailOut } from '../test-support/storage-console';
import { lsrcconsistgrp } from './lsrcconsistgrp';
import { mkrcconsistgrp } from './mkrcconsistgrp';

describe('mkrcconsistgrp', () => {
  it('creates an empty group, named rccstgrp<id> unless a name is given', () => {
    const svc = svcRemoteConsole();
    expect(svc.run(mkrcconsistgrp, '-name rccg_aixprd -cluster SVC02')).toEqual(
      okOut('RC Consistency Group, id [0], successfully created\n'),
    );
    expect(svc.run(mkrcconsistgrp, '')).toEqual(
      okOut('RC Consistency Group, id [1], successfully created\n'),
    );
    expect(svc.run(lsrcconsistgrp, '-delim :')).toEqual(
      okOut(
        'id:name:master_cluster_id:master_cluster_name:aux_cluster_id:aux_cluster_name:primary:state:relationship_count:copy_type:cycling_mode:freeze_time\n' +
          '0:rccg_aixprd::::::empty:0:empty_group:none:\n' +
          '1:rccstgrp1::::::empty:0:empty_group:none:\n',
      ),
    );
  });

  it('refuses a name in use or against the naming rules', () => {
    const svc = svcRemoteConsole();
    svc.run(mkrcconsistgrp, '-name rccg_aixprd');
    expect(svc.run(mkrcconsistgrp, '-name rccg_aixprd')).toEqual(
      svcFailOut('CMMVC6035E The action failed as the object already exists.'),
    );
    expect(svc.run(mkrcconsistgrp, '-name 1group').stderr).toMatch(/^CMMVC6527E /);
  });
});
