// npm run calibrate: the estimation method on the O*NET codes of hand-assessed roles, side by side.
import { calibrate, calibrationTable } from '../src/estimate/calibration.ts';
import { loadCatalog } from '../src/load-catalog.ts';

const catalog = loadCatalog();
// O*NET describes the typical worker, so each family's default level (usually mid) is compared.
const defaults = [...catalog.families.keys()].map((f) => catalog.defaultRole(f)).filter((r) => r.basis === 'assessed');
console.log(calibrationTable(calibrate(defaults, catalog.estimates!)));
