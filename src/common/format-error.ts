import {
  GraphQLError,
  Kind,
  isEnumType,
  visit,
  type ASTNode,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError, BadInputError, bi, type Bilingual, type FieldProblem } from './errors';
import { labelOf } from './labels';
import { log } from '../ops/log';
import { currentRequestId } from '../ops/request-context';
import { serviceUnavailable, unavailableKind } from '../ops/unavailable';

/** Codes that GraphQL itself or Apollo give to a request a person got wrong: shown as they are. */
const CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);

/** The endpoint limits' refusals (graphql-armor), in both languages. */
const LIMIT_MESSAGES: [RegExp, (m: RegExpExecArray) => Bilingual][] = [
  [/Aliases limit of (\d+) exceeded, found (\d+)/, (m) => bi(`请求中的别名过多:最多${m[1]}个,本请求有${m[2]}个`, `too many aliases: at most ${m[1]}, this request has ${m[2]}`)],
  [/Token limit of (\d+) exceeded/, (m) => bi(`请求过长:最多${m[1]}个词法单元(token),请拆分为几次请求`, `the request is too long: at most ${m[1]} tokens; split it into several requests`)],
  [/Query depth limit of (\d+) exceeded, found (\d+)/, (m) => bi(`查询嵌套过深:最多${m[1]}层,本请求有${m[2]}层`, `the query is too deep: the depth limit is ${m[1]} levels, this one has ${m[2]}`)],
  [/Directives limit of (\d+) exceeded, found (\d+)/, (m) => bi(`请求中的指令过多:最多${m[1]}个,本请求有${m[2]}个`, `too many directives: at most ${m[1]}, this request has ${m[2]}`)],
];

/**
 * The one place errors are shaped for the caller: the project's own errors and GraphQL's
 * request errors go through; anything else is logged whole and answered with a generic
 * INTERNAL_SERVER_ERROR, so no stack trace or SQL ever reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const shaped = shapeError(formatted, error);
  // Every error names its request, so a person's report leads to the log line.
  const requestId = currentRequestId();
  return requestId ? { ...shaped, extensions: { ...shaped.extensions, requestId } } : shaped;
}

function shapeError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  let original = unwrapResolverError(error);
  // A bounded wait or an outage (timeouts, no pooled connection, no database): SERVICE_UNAVAILABLE, not a bug.
  const unavailable = original instanceof AppError ? null : unavailableKind(original);
  if (unavailable) original = serviceUnavailable(unavailable);
  if (original instanceof AppError) {
    // `http` sets the response's status and headers (Apollo reads it from the error); it is not for the body.
    const { http: _http, ...extensions } = original.extensions;
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code && CLIENT_CODES.has(code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    if (code === 'PERSISTED_QUERY_NOT_SUPPORTED') {
      const message = bi('本接口不支持持久化查询,请发送完整的查询文本', 'persisted queries are not supported: send the whole query');
      return { ...formatted, message: `${message.zh} / ${message.en}`, extensions: { ...extensions, messageZh: message.zh, messageEn: message.en } };
    }
    if (code === 'GRAPHQL_PARSE_FAILED') {
      const where = formatted.locations?.[0];
      const at = where ? bi(`(第${where.line}行第${where.column}列)`, ` (line ${where.line}, column ${where.column})`) : bi('', '');
      const detail = formatted.message.replace(/^Syntax Error:\s*/, '');
      const message = bi(`请求的GraphQL语法有误${at.zh}:${detail}`, `the GraphQL request has a syntax error${at.en}: ${detail}`);
      return { ...formatted, message: `${message.zh} / ${message.en}`, extensions: { ...extensions, messageZh: message.zh, messageEn: message.en } };
    }
    for (const [pattern, say] of LIMIT_MESSAGES) {
      const m = pattern.exec(formatted.message);
      if (m) {
        const message = say(m);
        return { ...formatted, message: `${message.zh} / ${message.en}`, extensions: { ...extensions, messageZh: message.zh, messageEn: message.en } };
      }
    }
    return { ...formatted, extensions };
  }
  log.error({ requestId: currentRequestId(), err: original }, 'internal error');
  return {
    message: '服务器内部错误,请稍后重试 / Internal server error; please try again later',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

// ---------------------------------------------------------------------------------------------
// Values GraphQL itself refuses (a variable or a literal of the wrong kind: a rate "4.5", an
// amount " 1.00 ", a number where text goes, an unknown enum value or field) never reach the
// services. graphql-js words them in English, one error each, and names the variable rather
// than the input field. They are answered like every other bad input: one BAD_USER_INPUT with
// the bilingual message and one problem per field, `field` being the input path the services'
// problems use (`amount`, `eligibility.minAnnualRevenue`, `partnerBankIds[0]`).

const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/** Where each variable is first used and where each literal value sits, as input paths. */
function pathsOf(document: DocumentNode | undefined): { variables: Map<string, string>; nodes: Map<ASTNode, string> } {
  const variables = new Map<string, string>();
  const nodes = new Map<ASTNode, string>();
  if (!document) return { variables, nodes };
  const value = (node: ValueNode, path: string) => {
    nodes.set(node, path);
    if (node.kind === Kind.VARIABLE) {
      if (!variables.has(node.name.value)) variables.set(node.name.value, path);
    } else if (node.kind === Kind.OBJECT) {
      for (const f of node.fields) {
        nodes.set(f, join(path, f.name.value));
        value(f.value, join(path, f.name.value));
      }
    } else if (node.kind === Kind.LIST) {
      node.values.forEach((v, i) => value(v, join(path, i)));
    }
  };
  visit(document, {
    Argument(node) {
      // Problems name fields within `input` as the services do; any other argument leads its path.
      value(node.value, node.name.value === 'input' ? '' : node.name.value);
    },
  });
  return { variables, nodes };
}

const shown = (raw: string) => (raw.length > 60 ? `${raw.slice(0, 60)}…` : raw);

/** One refused value as a problem a person can act on. */
function problemOf(field: string, inner: GraphQLError | Error | undefined, message: string, schema: GraphQLSchema): FieldProblem {
  const make = (f: string, code: string, zh: (l: string) => string, en: (l: string) => string): FieldProblem => {
    const l = labelOf(f || 'input');
    return { field: f || 'input', code, messageZh: zh(l.zh), messageEn: en(l.en) };
  };
  const ext = (inner as GraphQLError | undefined)?.extensions;
  if (ext?.problemCode && typeof ext.messageZh === 'string' && typeof ext.messageEn === 'string') {
    return make(field, String(ext.problemCode), (l) => `${l}:${ext.messageZh}`, (l) => `the ${l}: ${ext.messageEn}`);
  }
  let m: RegExpExecArray | null;
  if (/not to be null|must not be null|found null/.test(message)) return make(field, 'REQUIRED', (l) => `${l}不能为空`, (l) => `the ${l} is required`);
  if ((m = /Field "(?:\w+\.)?(\w+)" of required type "[^"]+" was not provided/.exec(message)) || (m = /Variable "\$\w+" of required type "[^"]+" was not provided/.exec(message))) {
    const f = m[1] ? join(field, m[1]) : field;
    return make(f, 'REQUIRED', (l) => `缺少${l}`, (l) => `the ${l} is missing`);
  }
  if ((m = /Field "(\w+)" is not defined by type "(\w+)"/.exec(message))) {
    const f = join(field, m[1]);
    return { field: f, code: 'UNKNOWN_FIELD', messageZh: `没有名为"${m[1]}"的输入字段,请删除它`, messageEn: `there is no input field "${m[1]}"; remove it` };
  }
  if ((m = /Value "(.*)" does not exist in "(\w+)" enum/.exec(message)) || (m = /Enum "(\w+)" cannot represent non-(?:enum|string) value: (.*?)\.?(?: Did you mean|$)/.exec(message))) {
    const [got, enumName] = /does not exist/.test(message) ? [`"${m[1]}"`, m[2]] : [m[2], m[1]];
    const type = schema.getType(enumName);
    const values = isEnumType(type) ? type.getValues().map((v) => v.name) : [];
    return make(field, 'INVALID_CHOICE', (l) => `${l}的取值${shown(got)}无效,可选:${values.join('、')}`, (l) => `the ${l} must be one of ${values.join(', ')} (got ${shown(got)})`);
  }
  if ((m = /Int cannot represent non 32-bit signed integer value: (.*)/.exec(message)) || (m = /Int cannot represent non-integer value: (.*)/.exec(message))) {
    return make(field, 'NOT_AN_INTEGER', (l) => `${l}须为整数,且在-2147483648到2147483647之间(现为${shown(m![1])})`, (l) => `the ${l} must be a whole number from -2147483648 to 2147483647 (got ${shown(m![1])})`);
  }
  if (/String cannot represent/.test(message)) return make(field, 'NOT_TEXT', (l) => `${l}须为文字(字符串)`, (l) => `the ${l} must be text (a string)`);
  if (/Boolean cannot represent/.test(message)) return make(field, 'NOT_TRUE_OR_FALSE', (l) => `${l}须为 true 或 false`, (l) => `the ${l} must be true or false`);
  if (/ID cannot represent/.test(message)) return make(field, 'INVALID_ID', (l) => `${l}须为ID字符串`, (l) => `the ${l} must be an id string`);
  if (/LocalDate/.test(message)) {
    const got = /LocalDate: (.*)$/.exec(message)?.[1];
    return make(field, 'INVALID_DATE', (l) => `${l}须为有效日期,格式为YYYY-MM-DD,如 2024-06-30${got ? `(现为${shown(got)})` : ''}`, (l) => `the ${l} must be a real date written YYYY-MM-DD, e.g. 2024-06-30${got ? ` (got ${shown(got)})` : ''}`);
  }
  if (/DateTime/.test(message)) return make(field, 'INVALID_DATE_TIME', (l) => `${l}须为ISO 8601日期时间,如 2024-06-30T08:00:00Z`, (l) => `the ${l} must be an ISO 8601 date-time such as 2024-06-30T08:00:00Z`);
  if (/Expected type ".*" to be an object|to be an object/.test(message)) return make(field, 'NOT_AN_OBJECT', (l) => `${l}须为对象`, (l) => `the ${l} must be an object`);
  return make(field, 'INVALID_VALUE', (l) => `${l}的值无效`, (l) => `the ${l} is not valid (${message})`);
}

/** A refused variable or literal, as a problem; null for any other error. */
function inputProblemOf(error: GraphQLError, paths: ReturnType<typeof pathsOf>, schema: GraphQLSchema): FieldProblem | null {
  const message = error.message;
  const inner = error.originalError && error.originalError !== error ? error.originalError : undefined;
  // Variables: 'Variable "$input" got invalid value … at "input.amount"; <what is wrong>'.
  let m = /^Variable "\$(\w+)" (?:got invalid value|of required type|of non-null type)/.exec(message);
  if (m) {
    const base = paths.variables.get(m[1]) ?? m[1];
    let sub = '';
    if (inner && message.endsWith(`; ${inner.message}`)) {
      const prefix = message.slice(0, message.length - inner.message.length - 2);
      const at = / at "([^"]+)"$/.exec(prefix)?.[1];
      if (at) sub = at.slice(m[1].length);
    }
    const field = sub ? (base ? `${base}${sub}` : sub.replace(/^\./, '')) : base;
    return problemOf(field, inner, inner?.message ?? message, schema);
  }
  // Literals in the document: the value node the error points at.
  const source = (inner ?? error) as GraphQLError;
  const node = (source.nodes ?? error.nodes)?.[0];
  if (node && paths.nodes.has(node)) return problemOf(paths.nodes.get(node)!, source, source.message, schema);
  return null;
}

function reshape(ctx: GraphQLRequestContextWillSendResponse<object>): void {
  const body = ctx.response.body;
  if (body.kind !== 'single') return;
  const result = body.singleResult;
  const formatted = result.errors;
  if (!formatted?.length) return;
  const originals = (ctx.errors ?? []) as readonly GraphQLError[];
  if (originals.length === formatted.length && result.data === undefined) {
    const paths = pathsOf(ctx.document);
    const problems: FieldProblem[] = [];
    const rest: GraphQLFormattedError[] = [];
    let at = -1;
    formatted.forEach((f, i) => {
      const code = f.extensions?.code;
      // Our own refusals already list their problems; graphql-js's are turned into one each.
      const p = (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED') && !f.extensions?.problems ? inputProblemOf(originals[i], paths, ctx.schema) : null;
      if (p) {
        if (at < 0) at = rest.length;
        problems.push(p);
      } else rest.push(f);
    });
    if (problems.length) {
      const merged = new BadInputError(problems);
      rest.splice(at, 0, { message: merged.message, extensions: { ...merged.extensions } });
      result.errors = rest;
    }
  }
  // Nothing ran and every error is the caller's: the request itself was wrong.
  const codes = (result.errors ?? []).map((e) => String(e.extensions?.code));
  if (result.data === undefined && codes.length && codes.every((c) => CLIENT_CODES.has(c))) {
    const status = ctx.response.http.status;
    if (status === undefined || status === 200 || status >= 500) ctx.response.http.status = 400;
  }
}

/**
 * Request-level refusals: a subscription (this API has none) is a BAD_REQUEST; values GraphQL
 * refuses become one bilingual BAD_USER_INPUT with problems; and a request refused before it ran
 * (a parse or validation failure, an endpoint limit, a bad variable) is HTTP 400, never 500.
 */
export function clientErrorsPlugin(): ApolloServerPlugin<object> {
  return {
    // graphql-armor checks the token limit in a parsingDidStart hook, outside the request pipeline,
    // where any error becomes a 500 (armor's own hook here re-wraps it without a status). This plugin
    // is registered before armor's, so its answer wins: the refusal is the client error it is.
    // The same hook parses the whole document first, so a plain syntax error surfaces there too.
    async unexpectedErrorProcessingRequest({ error }) {
      if (!(error instanceof GraphQLError) || !error.message.startsWith('Syntax Error:')) return;
      const limit = LIMIT_MESSAGES.some(([pattern]) => pattern.test(error.message));
      throw new GraphQLError(error.message, {
        source: error.source,
        positions: error.positions,
        extensions: { code: limit ? 'GRAPHQL_VALIDATION_FAILED' : 'GRAPHQL_PARSE_FAILED', http: { status: 400 } },
      });
    },
    async requestDidStart() {
      return {
        async didResolveOperation(ctx) {
          if (ctx.operation?.operation === 'subscription') {
            throw new AppError('BAD_REQUEST', bi('本接口不提供订阅(subscription),请改用查询(query)或变更(mutation)', 'this API has no subscriptions; send a query or a mutation'), { http: { status: 400 } });
          }
        },
        async willSendResponse(ctx) {
          reshape(ctx);
        },
      };
    },
  };
}
