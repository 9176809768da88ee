/**
 * DS8000 PPRC paths: the Fibre Channel links an LSS pair's Metro Mirror / Global Copy traffic uses. mkpprcpath
 * establishes them (it replaces the LSS pair's path set), freezepprc removes them (the freeze stops the
 * mirroring at once: docs/aix-behaviour.md 18.9), and resumepprc / failbackpprc need them to copy anything.
 */
import { failWith, type Store, type StorageResult, succeed } from './store';
import type { PprcPathRecord } from './types';

/**
 * The WWNN a storage image reports (lssi, lspprcpath "Tgt WWNN"): 5005076303FF plus four hex digits. The
 * real box's WWNN is burnt in; the simulator derives it from the image id so that every world agrees.
 */
export function imageWwnn(image: string): string {
  let hash = 0;
  for (const char of image) hash = (hash * 31 + char.charCodeAt(0)) % 0x10000;
  return `5005076303FF${hash.toString(16).toUpperCase().padStart(4, '0')}`;
}

function paths<C>(store: Store<C>): PprcPathRecord[] {
  store.state.pprcPaths ??= [];
  return store.state.pprcPaths;
}

export interface PathRequest {
  sourceImage: string;
  targetImage: string;
  remoteWwnn: string;
  sourceLss: string;
  targetLss: string;
  ports: [string, string][];
}

/**
 * mkpprcpath: the LSS pair's paths become the given port pairs (an existing set is replaced). The -remotewwnn
 * must be the target image's: the box checks the links reach that node.
 */
export function establishPaths<C>(store: Store<C>, request: PathRequest): StorageResult<PprcPathRecord> {
  const subject = `${request.sourceLss}:${request.targetLss}`;
  if (request.remoteWwnn.toUpperCase() !== imageWwnn(request.targetImage))
    return failWith('wrong-wwnn', subject);
  const record: PprcPathRecord = { ...request, remoteWwnn: request.remoteWwnn.toUpperCase() };
  store.state.pprcPaths = [...paths(store).filter((p) => !sameLssPair(p, request)), record];
  return succeed(record);
}

function sameLssPair(path: PprcPathRecord, other: Omit<PathRequest, 'remoteWwnn' | 'ports'>): boolean {
  return (
    path.sourceImage === other.sourceImage &&
    path.targetImage === other.targetImage &&
    path.sourceLss === other.sourceLss &&
    path.targetLss === other.targetLss
  );
}

/** The path sets from the given source LSSs of an image (lspprcpath). */
export function pathsFrom<C>(store: Store<C>, image: string, sourceLss: string[]): PprcPathRecord[] {
  return paths(store).filter((p) => p.sourceImage === image && sourceLss.includes(p.sourceLss));
}

/** Whether traffic can flow from the source LSS on one image to the target LSS on the other. */
export function hasPath<C>(
  store: Store<C>,
  sourceImage: string,
  sourceLss: string,
  targetImage: string,
  targetLss: string,
): boolean {
  return paths(store).some((p) => sameLssPair(p, { sourceImage, targetImage, sourceLss, targetLss }));
}

/** freezepprc's path removal: every path from the source LSS to the target LSS (on any image pair). */
export function removePaths<C>(store: Store<C>, sourceLss: string, targetLss: string, image?: string): void {
  store.state.pprcPaths = paths(store).filter(
    (p) =>
      !(
        p.sourceLss === sourceLss &&
        p.targetLss === targetLss &&
        (image === undefined || p.sourceImage === image)
      ),
  );
}
