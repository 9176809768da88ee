import { evaluate } from './src/core/engine';
import { exampleFacts } from './src/core/test-support/facts';
const f = (exampleFacts as any)();
const e = evaluate(f, { generatedAt: '2026-12-06T00:00:00Z', version: 'x' });
console.log(e.findings.filter(x=>x.severity==='blocker').map(x=>x.finding));
console.log(f.storage, f.copy);
console.log(e.outputs?.script);
