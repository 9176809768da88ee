import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Facts } from '../../core/model/facts';
import { exampleFacts } from '../../core/test-support/facts';
import { createApp } from '../app';
import { type Db, openDatabase } from '../db';
import { listen, type RunningServer } from '../test-support/http';

/** A runbook body whose facts are the example after `change`. */
function body(change: (f: Facts) => void) {
  return {
    name: 'Nightly copy of datavg',
    facts: exampleFacts(change),
    lastStep: 'phase2',
    createdAt: '2026-01-31T12:00:00.000Z',
    updatedAt: '2026-01-31T12:05:00.000Z',
  };
}

describe('the runbooks API against hostile facts', () => {
  let db: Db;
  let server: RunningServer;
  const put = (id: string, data: unknown) =>
    fetch(`${server.url}/api/runbooks/${id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(data),
    });
  beforeAll(async () => {
    db = openDatabase(':memory:');
    server = await listen(createApp({ db, version: '1.0.0' }));
  });
  afterAll(async () => {
    await server.close();
    db.close();
  });

  /** The 400 answer for one hostile field. */
  const refused = (path: string, message: string) => ({
    error: {
      status: 400,
      message: 'The request body does not match what this endpoint takes; see issues.',
      issues: [{ path, message }],
    },
  });

  it('refuses a hostname that would end the script’s header comment and start a command', async () => {
    const res = await put(
      'hostile1',
      body((f) => {
        f.hostname = 'aixprod01\ntouch /tmp/x';
      }),
    );
    expect([res.status, await res.json()]).toEqual([
      400,
      refused(
        'facts.hostname',
        'Host name: "aixprod01\\ntouch /tmp/x" is not a host name: enter it as the hostname command prints it (letters, digits and "-", labels separated by "."), e.g. aixprod01.',
      ),
    ]);
  });

  it('refuses a source disk name carrying a command', async () => {
    const res = await put(
      'hostile2',
      body((f) => {
        f.sourceVg.disks[0].name = 'hdisk4\n$(reboot)';
      }),
    );
    expect([res.status, await res.json()]).toEqual([
      400,
      refused(
        'facts.sourceVg.disks.0.name',
        'Source VG disk 1 name: "hdisk4\\n$(reboot)" is not a disk name: enter it as lspv shows it, e.g. hdisk10, vpath2 or hdiskpower3.',
      ),
    ]);
  });

  it('refuses an SVC host that ssh would read as an option', async () => {
    const res = await put(
      'hostile3',
      body((f) => {
        if (f.storage) f.storage.svcHost = '-oProxyCommand=touch /tmp/x';
      }),
    );
    expect([res.status, await res.json()]).toEqual([
      400,
      refused(
        'facts.storage.svcHost',
        'Storage SVC host: "-oProxyCommand=touch /tmp/x" is not an ssh destination: the host "-oProxyCommand=touch /tmp/x" is not a host name or IP address; enter user@host, e.g. superuser@svc01.',
      ),
    ]);
    // Nothing of the refused runbooks was kept.
    expect(await (await fetch(`${server.url}/api/runbooks`)).json()).toEqual({ runbooks: [] });
  });
});
