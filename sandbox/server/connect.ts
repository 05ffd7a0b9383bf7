/**
 * Connect unary framing for the sandbox server: request decoding in JSON or binary protobuf,
 * response encoding in the request's encoding, and Connect's error answers
 * (`{"code","message"}` with the matching HTTP status).
 */
import {
  DescMessage,
  fromBinary,
  fromJsonString,
  MessageShape,
  toBinary,
  toJsonString,
  create,
  MessageInitShape,
} from '@bufbuild/protobuf';

export type Encoding = 'proto' | 'json';

export type ConnectCode =
  | 'invalid_argument'
  | 'unauthenticated'
  | 'permission_denied'
  | 'not_found'
  | 'unimplemented'
  | 'internal'
  | 'unavailable'
  | 'resource_exhausted';

const STATUS: Record<ConnectCode, number> = {
  invalid_argument: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  unimplemented: 404,
  resource_exhausted: 429,
  internal: 500,
  unavailable: 503,
};

export class ConnectFailure extends Error {
  constructor(
    readonly code: ConnectCode,
    message: string
  ) {
    super(message);
  }
}

export interface Reply {
  status: number;
  contentType: string;
  body: Uint8Array | string;
}

export function errorReply(code: ConnectCode, message: string): Reply {
  return { status: STATUS[code], contentType: 'application/json', body: JSON.stringify({ code, message }) };
}

export function encodingOf(contentType: string | undefined): Encoding {
  const ct = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (ct === 'application/json' || ct === 'application/connect+json') {
    return 'json';
  }
  if (
    ct === 'application/proto' ||
    ct === 'application/protobuf' ||
    ct === 'application/connect+proto' ||
    ct === 'application/x-protobuf'
  ) {
    return 'proto';
  }
  throw new ConnectFailure(
    'invalid_argument',
    `unsupported content type "${contentType}": use application/proto or application/json`
  );
}

export function decodeRequest<T extends DescMessage>(schema: T, encoding: Encoding, body: Uint8Array): MessageShape<T> {
  try {
    return encoding === 'json'
      ? fromJsonString(schema, body.length ? new TextDecoder().decode(body) : '{}', { ignoreUnknownFields: true })
      : fromBinary(schema, body);
  } catch (e) {
    throw new ConnectFailure(
      'invalid_argument',
      `could not decode the ${schema.typeName} request: ${(e as Error).message}`
    );
  }
}

export function reply<T extends DescMessage>(schema: T, encoding: Encoding, init: MessageInitShape<T>): Reply {
  const msg = create(schema, init);
  return encoding === 'json'
    ? { status: 200, contentType: 'application/json', body: toJsonString(schema, msg, { alwaysEmitImplicit: true }) }
    : { status: 200, contentType: 'application/proto', body: toBinary(schema, msg) };
}

export function rawReply(encoding: Encoding, proto: () => Uint8Array, json: () => string): Reply {
  return encoding === 'json'
    ? { status: 200, contentType: 'application/json', body: json() }
    : { status: 200, contentType: 'application/proto', body: proto() };
}
