// GraphQL over WebSocket conformance with the public graphql-ws 6.4.2 client (on ws 8), and the legacy
// graphql-ws sub-protocol spoken by hand. Same environment as http.test.mjs (PARGRAPH_URL, PARGRAPH_TOKEN).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';

const url = (process.env.PARGRAPH_URL ?? 'http://localhost:5080/graphql').replace(/^http/, 'ws');
const token = process.env.PARGRAPH_TOKEN;

function client(connectionParams = token ? { Authorization: `Bearer ${token}` } : {}) {
  return createClient({ url, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
}

async function all(iterable) {
  const results = [];
  for await (const result of iterable) results.push(result);
  return results;
}

test('graphql-transport-ws: a query answers one result, then completes', async () => {
  const c = client();
  try {
    assert.deepEqual(await all(c.iterate({ query: '{ __typename }' })), [{ data: { __typename: 'Query' } }]);
  } finally {
    await c.dispose();
  }
});

test('graphql-transport-ws: an invalid document is an error message (no complete)', async () => {
  const c = client();
  try {
    await assert.rejects(all(c.iterate({ query: '{ notAField }' })), (errors) => {
      assert.ok(Array.isArray(errors), 'the error payload is an array of GraphQL errors');
      assert.match(errors[0].message, /notAField/);
      return true;
    });
  } finally {
    await c.dispose();
  }
});

test('graphql-transport-ws: a rejected token closes the socket with 4403', async () => {
  const c = client({ Authorization: 'Bearer not-a-token' });
  try {
    await assert.rejects(all(c.iterate({ query: '{ __typename }' })), (event) => event.code === 4403);
  } finally {
    await c.dispose();
  }
});

test('legacy graphql-ws: connection_ack, ka, data and complete', async () => {
  const socket = new WebSocket(url, ['graphql-ws']);
  const messages = [];
  const done = new Promise((resolve, reject) => {
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString());
      messages.push(message.type);
      if (message.type === 'connection_ack')
        socket.send(JSON.stringify({ id: '1', type: 'start', payload: { query: '{ __typename }' } }));
      if (message.type === 'complete') resolve();
    });
    socket.on('error', reject);
    socket.on('close', (code) => reject(new Error(`closed ${code}`)));
  });
  await new Promise((resolve) => socket.on('open', resolve));
  assert.equal(socket.protocol, 'graphql-ws');
  socket.send(JSON.stringify({ type: 'connection_init', payload: token ? { authToken: token } : {} }));
  try {
    await done;
  } finally {
    socket.removeAllListeners('close');
    socket.close();
  }
  assert.deepEqual(messages.slice(0, 2), ['connection_ack', 'ka']);
  assert.deepEqual(messages.slice(2).filter((type) => type !== 'ka'), ['data', 'complete']);
});
