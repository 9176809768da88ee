/** The fault matrix (test-support/fault-matrix-suite.ts) for big-vg, the longest: a file of its own, run beside the others. */
import { faultMatrixSuite } from './test-support/fault-matrix-suite';

faultMatrixSuite('big-vg', (name) => name === 'big-vg');
