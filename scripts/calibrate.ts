// npm run calibrate: fits the estimate's task-score table against the hand-assessed families
// (k-fold cross-validated), then prints the independent check and the ordinal pairs.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibrate, calibrationTable } from '../src/estimate/calibration.ts';
import { checkPairs, independentCheck, INDEPENDENT_MEASURE, parsePairs } from '../src/estimate/checks.ts';
import { loadCatalog } from '../src/load-catalog.ts';

/** Set 1 was used while tuning; set 2 was written blind to measure the scale afresh. */
export const PAIRS_FILES = ['ordinal-pairs.tsv', 'ordinal-pairs-2.tsv', 'ordinal-pairs-3.tsv'].map((f) =>
  fileURLToPath(new URL(`../test/estimate/${f}`, import.meta.url)),
);

const catalog = loadCatalog();
// O*NET describes the typical worker, so each family's default level is compared.
const defaults = [...catalog.families.keys()].map((f) => catalog.defaultRole(f)).filter((r) => r.basis === 'assessed');
console.log(calibrationTable(calibrate(defaults, catalog.estimates!)));

const check = independentCheck(catalog);
console.log(
  `\nindependent check: Spearman ${check.rho.toFixed(3)} over ${check.n} estimates (must be ≤ −0.80; higher score = safer)`,
);
console.log(`  measure: ${INDEPENDENT_MEASURE}`);
console.log(
  `  R² of the score on GPT-4's occupation β (how close the estimate is to one rescaled input): ${check.betaR2.toFixed(2)}`,
);

for (const file of PAIRS_FILES) {
  const pairs = checkPairs(catalog, parsePairs(readFileSync(file, 'utf8')));
  const held = pairs.filter((p) => p.holds).length;
  console.log(
    `\nordinal pairs (${basename(file)}): ${held}/${pairs.length} hold (${((100 * held) / pairs.length).toFixed(1)}%, at least 95% required)`,
  );
  for (const p of pairs.filter((x) => !x.holds))
    console.log(
      `  fails: ${p.safer} ${p.saferScore ?? '?'} ≤ ${p.lessSafe} ${p.lessSafeScore ?? '?'}${p.error ? ` (${p.error})` : ''}`,
    );
}
