// Checks, before anything is measured, that the three targets answer the same data:
//   node compare.mjs <query> <today> <pargraph.json> <floor.json> <postgraphile.json>
// The floor must equal ParGraph's JSON content exactly; PostGraphile's answer (its own naming and
// shapes) is mapped onto ParGraph's shape first. Exits 1 on a difference.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

const [query, today, ...files] = process.argv.slice(2);
const [pargraph, floor, postgraphile] = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
const snake = (s) => s && s.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
const codes = (c) => c.nodes.map((n) => ({ code: n.agencyByAgencyId.code }));
const addDays = (d, n) => new Date(Date.parse(d) + n * 86400000).toISOString().slice(0, 10);
const timeliness = (t) => t.status === 'Cancelled' || t.deadlineDue == null ? 'NO_DEADLINE'
  : t.status === 'Completed' ? ((t.completedOn ?? today) <= t.deadlineDue ? 'COMPLETED_ON_TIME' : 'COMPLETED_LATE')
  : today > t.deadlineDue ? 'OVERDUE' : addDays(today, 7) >= t.deadlineDue ? 'DUE_SOON' : 'ON_TRACK';

const fromPostGraphile = {
  nested: (d) => ({ tasks: { nodes: d.allTasks.nodes.map((t) => ({
    title: t.title, plan: { documentNumber: t.planByPlanId.documentNumber },
    section: t.planSectionBySectionId && { area: snake(t.planSectionBySectionId.area) },
    lead: codes(t.lead), coordinating: codes(t.coordinating), deadline: { due: t.deadlineDue },
    timeliness: timeliness(t), updates: { nodes: t.taskUpdatesByTaskId.nodes } })) } }),
  search: (d) => ({ tasks: { totalCount: d.allTasks.totalCount, nodes: d.allTasks.nodes.map((t) => ({
    title: t.title, status: snake(t.status), deadline: { due: t.deadlineDue }, lead: codes(t.lead) })) } }),
  statistics: (d) => ({ taskStatistics: d.taskStatistics.nodes.map((g) => ({
    status: snake(g.status), leadAgency: { code: g.leadCode }, count: g.count, overdue: g.overdue,
    completedOnTime: g.completedOnTime, completionRate: g.completionRate })) }),
}[query];

// The first place two JSON values part, e.g. `taskStatistics[41].completionRate: 0.1 ≠ 0.10000000000000002`.
const firstDifference = (a, b, path = '') => {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    if (Array.isArray(a) && a.length !== b.length) return `${path}.length: ${a.length} ≠ ${b.length}`;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(a[key], b[key], Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
};

let failed = false;
const check = (name, actual) => {
  if (pargraph.errors || !pargraph.data) {
    console.error(`  ${query}: ParGraph answered errors: ${JSON.stringify(pargraph).slice(0, 300)}`);
    failed = true;
  } else if (!isDeepStrictEqual(actual, pargraph.data)) {
    console.error(`  ${query}: ${name} differs from ParGraph at ${firstDifference(pargraph.data, actual)} (ParGraph ≠ ${name})`);
    failed = true;
  } else {
    console.log(`  ${query}: ${name} = ParGraph (${JSON.stringify(pargraph.data).length} characters of JSON)`);
  }
};
check('floor', floor.data);
check('PostGraphile', postgraphile.errors ? postgraphile : fromPostGraphile(postgraphile.data));
process.exit(failed ? 1 : 0);
