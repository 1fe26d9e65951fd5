// The v1 export functions (REST API, API-key auth), deployed before the API had a status monitor. There is
// no `aws-lambda` import: a result is recognised by its shape, `statusCode` next to `body` or `headers`.
import { randomUUID } from 'node:crypto';

import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';

const sqs = new SQSClient({});

export const handler = async (event) => {
  if (event.headers['x-api-key'] !== process.env.LEGACY_API_KEY) {
    return { statusCode: 401, body: JSON.stringify({ message: 'Unauthorized' }) }; // expect: require-401-www-authenticate
  }
  const jobId = randomUUID();
  await sqs.send(new SendMessageCommand({ QueueUrl: process.env.EXPORT_QUEUE_URL, MessageBody: JSON.stringify({ jobId }) }));
  // Accepted, but the client gets no URL to poll.
  return { statusCode: 202, body: JSON.stringify({ jobId }) }; // expect: require-202-location
};

// v1 imports answer 202 with the monitor link in the body, which a client can follow.
export function importHandler(event, context) {
  const importId = context.awsRequestId;
  return sqs
    .send(new SendMessageCommand({ QueueUrl: process.env.IMPORT_QUEUE_URL, MessageBody: event.body ?? '{}' }))
    .then(() => ({
      statusCode: 202,
      body: JSON.stringify({ importId, statusUrl: `/v1/imports/${importId}` }),
    }));
}

// The v1 status check, callback style: the 401 carries the API-key challenge.
export function statusHandler(event, context, callback) {
  if (event.headers['x-api-key'] !== process.env.LEGACY_API_KEY) {
    callback(null, { statusCode: 401, headers: { 'WWW-Authenticate': 'ApiKey realm="exports-v1"' }, body: '' });
    return;
  }
  callback(null, { statusCode: 200, body: JSON.stringify({ state: 'unknown' }) });
}
