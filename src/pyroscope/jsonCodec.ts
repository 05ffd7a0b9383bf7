/**
 * Connect's JSON encoding of the querier's messages, for clients that speak JSON (tests, the
 * sandbox's conformance checks, tools). The datasource speaks binary protobuf, so the client loads
 * this module only when asked for JSON: its code (and @bufbuild/protobuf's JSON support) stays out
 * of the datasource's bundle.
 */
import { fromJsonString, toJsonString, DescMessage, MessageShape } from '@bufbuild/protobuf';
import { DiffResponseSchema } from './gen/querier/v1/querier_pb';

export { flameGraphJsonToTree } from './flamegraphJson';

const JSON_READ = { ignoreUnknownFields: true };

export function encodeJson<I extends DescMessage>(schema: I, msg: MessageShape<I>): string {
  return toJsonString(schema, msg);
}

export function decodeJson<O extends DescMessage>(schema: O, text: string): MessageShape<O> {
  return fromJsonString(schema, text, JSON_READ);
}

/** A Diff answer's flame graph levels as numbers; undefined when it has none. */
export function diffLevelsJson(text: string): { names: string[]; levels: number[][] } | undefined {
  const fg = fromJsonString(DiffResponseSchema, text, JSON_READ).flamegraph;
  return fg && fg.levels.length > 0
    ? { names: fg.names, levels: fg.levels.map((l) => l.values.map(Number)) }
    : undefined;
}
