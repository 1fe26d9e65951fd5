import { randomUUID } from 'node:crypto';

import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { createRemoteJWKSet, jwtVerify } from 'jose';

const sqs = new SQSClient({});
const dynamo = new DynamoDBClient({});
const jwks = createRemoteJWKSet(new URL(process.env.JWKS_URL ?? 'https://auth.example.com/.well-known/jwks.json'));

/** The caller's user id, or null when the bearer token is missing or invalid. */
async function callerOf(event: APIGatewayProxyEventV2): Promise<string | null> {
  const token = event.headers.authorization?.replace(/^Bearer /, '');
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, jwks, { audience: 'exports' });
    return payload.sub ?? null;
  } catch {
    return null;
  }
}

/** POST /exports (API Gateway HTTP API): queues an export and points to its status monitor. */
export async function startExport(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
  const owner = await callerOf(event);
  if (!owner) {
    return {
      statusCode: 401,
      headers: { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Bearer realm="exports"' },
      body: JSON.stringify({ error: 'invalid_token' }),
    };
  }
  const id = randomUUID();
  const message = { id, owner, format: event.queryStringParameters?.format ?? 'csv' };
  await sqs.send(new SendMessageCommand({ QueueUrl: process.env.EXPORT_QUEUE_URL, MessageBody: JSON.stringify(message) }));
  return {
    statusCode: 202,
    headers: { 'Content-Type': 'application/json', Location: `/exports/${id}`, 'Retry-After': '10' },
    body: JSON.stringify({ id, state: 'queued' }),
  };
}

/** GET /exports/{id}, the status monitor: 200 while running, 303 to the file once it is written. */
export async function getExport(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
  const owner = await callerOf(event);
  if (!owner) {
    // The token check failed, yet the 401 does not say how to authenticate.
    return { statusCode: 401, body: JSON.stringify({ error: 'invalid_token' }) }; // expect: require-401-www-authenticate
  }
  const id = event.pathParameters?.id ?? '';
  const { Item } = await dynamo.send(new GetItemCommand({ TableName: process.env.EXPORTS_TABLE, Key: { id: { S: id } } }));
  if (!Item || Item.owner?.S !== owner) return { statusCode: 404, body: JSON.stringify({ error: 'not_found' }) };
  if (Item.state?.S === 'done') return { statusCode: 303, headers: { Location: Item.fileUrl?.S ?? '' } };
  return { statusCode: 200, headers: { 'Retry-After': '10' }, body: JSON.stringify({ id, state: Item.state?.S }) };
}
