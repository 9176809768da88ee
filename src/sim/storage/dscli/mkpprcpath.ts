/**
 * mkpprcpath: establishes the PPRC paths from a source LSS to a target LSS on the remote storage image, over
 * the given I/O port pairs (source port:attached port at the remote box), checking the remote box's WWNN.
 * The LSS pair's path set becomes exactly these ports. Needed before mkpprc, and again before resumepprc or
 * failbackpprc after a freezepprc, which removes the paths (docs/aix-behaviour.md 18.7, 18.9).
 */
import type { StorageCommand } from '../command-types';
import { isResult, parseDsArgs, parseLss, syntaxError } from './args';
import { DS_EXIT, dsInfo, dsServerError, dsSyntax } from './messages';

/** An I/O port id: I and four hex digits (enclosure, card, port), as lsioport lists them. */
const PORT = /^I[0-9A-Fa-f]{4}$/;
const WWNN = /^[0-9A-Fa-f]{16}$/;

export const mkpprcpath: StorageCommand = {
  name: 'mkpprcpath',
  usage:
    'mkpprcpath [-dev storage_image_ID] -remotedev storage_image_ID -remotewwnn wwnn -srclss source_LSS_ID ' +
    '-tgtlss target_LSS_ID [-consistgrp] [-srcss ss_ID] [-tgtss ss_ID] source_port_ID:target_port_ID ... | -',
  run(args, ctx) {
    const parsed = parseDsArgs(
      'mkpprcpath',
      args,
      { flags: ['consistgrp'], values: ['remotedev', 'remotewwnn', 'srclss', 'tgtlss', 'srcss', 'tgtss'] },
      ctx,
    );
    if (isResult(parsed)) return parsed;
    for (const required of ['remotedev', 'remotewwnn', 'srclss', 'tgtlss']) {
      if (!parsed.values.has(required))
        return syntaxError(dsSyntax.missingOperand('mkpprcpath', `-${required}`));
    }
    const remoteWwnn = parsed.values.get('remotewwnn')!;
    if (!WWNN.test(remoteWwnn))
      return syntaxError(dsSyntax.invalidValue('mkpprcpath', '-remotewwnn', remoteWwnn));
    const sourceLss = parseLss(parsed.values.get('srclss')!);
    const targetLss = parseLss(parsed.values.get('tgtlss')!);
    if (!sourceLss) return syntaxError(dsSyntax.invalidLss('mkpprcpath', parsed.values.get('srclss')!));
    if (!targetLss) return syntaxError(dsSyntax.invalidLss('mkpprcpath', parsed.values.get('tgtlss')!));
    if (parsed.operands.length === 0)
      return syntaxError(dsSyntax.missingOperand('mkpprcpath', 'source_port_ID:target_port_ID'));
    const ports: [string, string][] = [];
    for (const operand of parsed.operands) {
      const [source, target, extra] = operand.split(':');
      if (extra !== undefined || !PORT.test(source ?? '') || !PORT.test(target ?? ''))
        return syntaxError(dsSyntax.invalidPortPair('mkpprcpath', operand));
      ports.push([source!.toUpperCase(), target!.toUpperCase()]);
    }
    const lssPair = `${sourceLss}:${targetLss}`;
    const result = ctx.storage.mkpprcpath({
      sourceImage: parsed.dev,
      targetImage: parsed.values.get('remotedev')!,
      remoteWwnn,
      sourceLss,
      targetLss,
      ports,
    });
    if (!result.ok)
      return {
        stdout: '',
        stderr: `${dsServerError('mkpprcpath', lssPair, result.code)}\n`,
        exitCode: DS_EXIT.server,
      };
    return { stdout: `${dsInfo.pathEstablished(lssPair)}\n`, stderr: '', exitCode: DS_EXIT.ok };
  },
};
