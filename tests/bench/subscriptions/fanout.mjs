// Fan-out benchmark (issue 7): N WebSocket subscribers (graphql-transport-ws) to taskChanged on one ParGraph
// instance; E task changes made over HTTP; delivery latency from the change's `at` (server clock, just before
// commit) to receipt, and the server's resident memory.
//   node fanout.mjs <graphql-url> <api-pid> <subscribers> <events> [selection]
// Prints one JSON line. Not a test: nothing asserts.
import { readFileSync } from 'node:fs';
import WebSocket from 'ws';

const [url, pid, subscribers, events, selection = 'kind taskId at'] = process.argv.slice(2);
const n = Number(subscribers), e = Number(events);
const rssMiB = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
const origin = new URL(url).origin;

async function token(username) {
  const response = await fetch(`${origin}/realms/khanhhoa/protocol/openid-connect/token`, {
    method: 'POST', body: new URLSearchParams({ grant_type: 'password', client_id: 'pargraph-cli', username, password: 'demo' }),
  });
  return (await response.json()).access_token;
}

async function graphql(bearer, query, variables) {
  const response = await fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` }, body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const viewer = await token('ioc.viewer');
const editor = await token('snv.editor');
const rssBefore = rssMiB();
const received = new Map(); // taskChanged.at in ms (the database keeps µs, the event 100 ns) → receipt times
let acked = 0, closed = 0;
const sockets = [];
const query = `subscription { taskChanged(agencyCode: "SNV") { ${selection} } }`;
for (let i = 0; i < n; i++) {
  const socket = new WebSocket(url.replace(/^http/, 'ws'), ['graphql-transport-ws'], { perMessageDeflate: false });
  socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${viewer}` } })));
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString());
    if (message.type === 'connection_ack') {
      acked++;
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
    } else if (message.type === 'next') {
      const at = Date.parse(message.payload.data.taskChanged.at);
      (received.get(at) ?? received.set(at, []).get(at)).push(Date.now());
    }
  });
  socket.on('close', () => closed++);
  socket.on('error', () => {});
  sockets.push(socket);
  if (i % 200 === 199) await new Promise((resolve) => setTimeout(resolve, 50)); // do not stampede the accept queue
}
const started = Date.now();
while (acked + closed < n && Date.now() - started < 120000) await new Promise((resolve) => setTimeout(resolve, 100));
await new Promise((resolve) => setTimeout(resolve, 2000)); // subscriptions registered
const rssConnected = rssMiB();

const { tasks } = await graphql(editor, `{ tasks(first: 1, where: { lead: { some: { code: { eq: "SNV" } } }, status: { in: [NOT_STARTED, IN_PROGRESS] } }) { nodes { id version progress } } }`);
let [task] = tasks.nodes;
const ats = [];
for (let i = 0; i < e; i++) {
  const data = await graphql(editor, `mutation($input: SetTaskProgressInput!) { setTaskProgress(input: $input) { task { id version progress updates(first: 1) { nodes { at } } } } }`,
    { input: { taskId: task.id, progress: (task.progress % 98) + 1, expectedVersion: task.version } });
  task = data.setTaskProgress.task;
  ats.push(Date.parse(task.updates.nodes[0].at));
  await new Promise((resolve) => setTimeout(resolve, 1000)); // one change a second: latency, not throughput
}
await new Promise((resolve) => setTimeout(resolve, 5000));
const rssAfter = rssMiB();

const latencies = [];
let delivered = 0;
for (const at of ats) {
  const times = received.get(at) ?? [];
  delivered += times.length;
  for (const time of times) latencies.push(time - at);
}
latencies.sort((a, b) => a - b);
const pct = (p) => latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] : null;
console.log(JSON.stringify({
  subscribers: n, acked, closed, events: e, expected: acked * e, delivered,
  p50: pct(0.5), p99: pct(0.99), max: latencies.at(-1) ?? null,
  rssBeforeMiB: Math.round(rssBefore), rssConnectedMiB: Math.round(rssConnected), rssAfterMiB: Math.round(rssAfter),
}));
for (const socket of sockets) socket.terminate();
