/** The fault matrix (test-support/fault-matrix-suite.ts): the scenarios at odd places in the library, but big-vg. */
import { faultMatrixSuite } from './test-support/fault-matrix-suite';

faultMatrixSuite('odd scenarios', (name, index) => name !== 'big-vg' && index % 2 === 1);
