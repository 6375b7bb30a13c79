// Live updates across replicas (issue 7): subscribers on replica A — through the public graphql-ws 6.4.2
// and graphql-sse 2.6.1 clients — receive the change an editor makes on replica B. PARGRAPH_URL is replica A,
// PARGRAPH_REPLICA_URL replica B (a second API process on the same database; without it, A plays both).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';

const replicaA = process.env.PARGRAPH_URL ?? 'http://localhost:5080/graphql';
const replicaB = process.env.PARGRAPH_REPLICA_URL ?? replicaA;

/** A demo user's token from the development identity provider of the replica the token is for. */
async function tokenFor(replica, username) {
  const response = await fetch(new URL('/realms/khanhhoa/protocol/openid-connect/token', replica), {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'pargraph-cli', username, password: 'demo' }),
  });
  assert.equal(response.status, 200, `a token for ${username}`);
  return (await response.json()).access_token;
}

async function graphql(replica, token, query, variables) {
  const response = await fetch(replica, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

/** The first event of a subscription for which `accept` holds, or null after `ms`. */
function firstEvent(subscribe, accept, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { stop(); resolve(null); }, ms);
    const stop = subscribe({
      next: (result) => {
        if (result.errors) { clearTimeout(timer); stop(); reject(new Error(JSON.stringify(result.errors))); }
        else if (accept(result.data)) { clearTimeout(timer); stop(); resolve(result.data); }
      },
      error: (error) => { clearTimeout(timer); reject(error instanceof Error ? error : new Error(JSON.stringify(error))); },
      complete: () => {},
    });
  });
}

/** Changes an open SNV-led task on replica B as snv.editor until `event` (a pending first event) settles; returns it. */
async function changeSnvTaskUntil(event) {
  const editor = await tokenFor(replicaB, 'snv.editor');
  const { tasks } = await graphql(replicaB, editor, `{ tasks(first: 1, where: {
      lead: { some: { code: { eq: "SNV" } } }, status: { in: [NOT_STARTED, IN_PROGRESS] } }) { nodes { id version progress } } }`);
  let [task] = tasks.nodes;
  assert.ok(task, 'an open task led by SNV');
  // A subscription is live once the server has it; until then a change is not for it, so change again.
  for (let attempt = 0; attempt < 10; attempt++) {
    const progress = (task.progress + 1) % 100 || 1;
    const data = await graphql(replicaB, editor, `mutation($input: SetTaskProgressInput!) {
        setTaskProgress(input: $input) { task { id version progress } } }`,
      { input: { taskId: task.id, progress, note: 'conformance', expectedVersion: task.version } });
    task = data.setTaskProgress.task;
    const settled = await Promise.race([event, new Promise((resolve) => setTimeout(() => resolve(undefined), 500))]);
    if (settled !== undefined) return { settled, task };
  }
  return { settled: await event, task };
}

const taskChanged = 'subscription { taskChanged(agencyCode: "SNV") { kind taskId task { progress lead { code } } } }';

test('graphql-ws: ioc.viewer on replica A receives the SNV task change made on replica B', async () => {
  const client = createWsClient({
    url: replicaA.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0,
    connectionParams: { Authorization: `Bearer ${await tokenFor(replicaA, 'ioc.viewer')}` },
  });
  try {
    const event = firstEvent((sink) => client.subscribe({ query: taskChanged }, sink), (data) => data.taskChanged.kind === 'UPDATED', 15000);
    const { settled, task } = await changeSnvTaskUntil(event);
    assert.ok(settled, 'an event arrived');
    assert.equal(settled.taskChanged.taskId, task.id);
    assert.ok(settled.taskChanged.task.lead.some((agency) => agency.code === 'SNV'));
  } finally {
    await client.dispose();
  }
});

test('graphql-sse: ioc.viewer on replica A receives the SNV task change made on replica B', async () => {
  const client = createSseClient({
    url: replicaA, singleConnection: false, retryAttempts: 0,
    headers: { Authorization: `Bearer ${await tokenFor(replicaA, 'ioc.viewer')}` },
  });
  try {
    const event = firstEvent((sink) => client.subscribe({ query: taskChanged }, sink), (data) => data.taskChanged.kind === 'UPDATED', 15000);
    const { settled, task } = await changeSnvTaskUntil(event);
    assert.ok(settled, 'an event arrived');
    assert.equal(settled.taskChanged.taskId, task.id);
  } finally {
    client.dispose();
  }
});

test("graphql-ws: stttt.editor's subscription to SNV reports receives no SNV draft; the PAR office's does", async () => {
  const ws = async (username) => createWsClient({
    url: replicaA.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0,
    connectionParams: { Authorization: `Bearer ${await tokenFor(replicaA, username)}` },
  });
  const [stttt, office] = [await ws('stttt.editor'), await ws('admin')];
  const query = 'subscription { reportChanged(agencyCode: "SNV") { kind reportId agencyCode } }';
  try {
    const seenByStttt = firstEvent((sink) => stttt.subscribe({ query }, sink), () => true, 6000);
    const seenByOffice = firstEvent((sink) => office.subscribe({ query }, sink), (data) => data.reportChanged.kind === 'OPENED', 15000);
    const editor = await tokenFor(replicaB, 'snv.editor');
    let opened = null;
    for (let attempt = 0; attempt < 10 && !opened; attempt++) {
      // Opening the draft again is allowed and announced again, so it can be repeated until the office's subscription is live.
      await graphql(replicaB, editor, 'mutation { openReport(input: { agencyCode: "SNV", year: 2031, period: Q3 }) { report { id status } } }');
      opened = await Promise.race([seenByOffice, new Promise((resolve) => setTimeout(() => resolve(null), 500))]);
    }
    assert.ok(opened, 'the PAR office received the draft');
    assert.equal(opened.reportChanged.agencyCode, 'SNV');
    assert.equal(await seenByStttt, null, 'stttt.editor received nothing');
  } finally {
    await stttt.dispose();
    await office.dispose();
  }
});
