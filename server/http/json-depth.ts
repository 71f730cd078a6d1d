/**
 * One nesting bound for every JSON input: REST bodies, tRPC bodies (single and batch) and tRPC's `?input=` query
 * parameter, checked on the text before anything parses it. Deeper input is refused with 400 JSON_TOO_DEEP; a
 * string holding the NUL character (`\u0000`), which PostgreSQL cannot store in text or jsonb, with 400
 * JSON_NUL_CHARACTER — on every database alike, so the same request never fails on one and not the other. Below
 * it, nothing recursive in the server (canonical JSON and the hash chains, JSON.stringify of the stored state, ajv,
 * the engine's rules over form data) comes anywhere near the end of the stack. 128 levels leave room for the
 * deepest rule lint accepts (32 operators, each an object and its argument list) inside a definition.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { serviceError } from '../errors.ts';
import { message } from '../../runtime/engine/messages/index.ts';

export const MAX_JSON_DEPTH = 128;

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * What is wrong with JSON text before it is parsed: more than `max` objects and arrays inside each other (brackets
 * in strings do not count), or a string escaping the NUL character.
 */
export function jsonTextProblem(text: string, max = MAX_JSON_DEPTH): 'too_deep' | 'nul' | undefined {
  // Nearly every text has no more brackets than the bound, so nests no deeper, and no escaped NUL: native searches
  // tell that at a fraction of the scan's cost.
  if (bracketsAtMost(text, max) && !text.includes('\\u0000')) return undefined;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) {
        if (text.startsWith('u0000', i + 1)) return 'nul';
        i++;
      } else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (++depth > max) return 'too_deep';
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) depth--;
  }
  return undefined;
}

/** Whether `text` holds at most `max` opening brackets (in strings or not): it then nests at most `max` deep. */
function bracketsAtMost(text: string, max: number): boolean {
  let count = 0;
  for (const bracket of ['{', '[']) {
    for (let i = text.indexOf(bracket); i !== -1; i = text.indexOf(bracket, i + 1)) {
      if (++count > max) return false;
    }
  }
  return true;
}

export const nestsDeeperThan = (text: string, max = MAX_JSON_DEPTH): boolean =>
  jsonTextProblem(text, max) === 'too_deep';

function refusal(problem: 'too_deep' | 'nul', path: string) {
  if (problem === 'nul') {
    return serviceError('JSON_NUL_CHARACTER', 400, message('http.jsonNulCharacter'), { path });
  }
  return serviceError('JSON_TOO_DEEP', 400, message('http.jsonTooDeep', { maxJsonDepth: MAX_JSON_DEPTH }), {
    path,
    details: { maxDepth: MAX_JSON_DEPTH },
  });
}

/** REST bodies: fastify's own JSON parser (prototype-poisoning checks included), behind the depth check. */
export function boundedJsonBodies(app: FastifyInstance): void {
  const { onProtoPoisoning = 'error', onConstructorPoisoning = 'error' } = app.initialConfig;
  const parse = app.getDefaultJsonParser(onProtoPoisoning, onConstructorPoisoning);
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const problem = jsonTextProblem(body as string);
    if (problem) done(refusal(problem, '/body'), undefined);
    else parse(request, body as string, done);
  });
}

/**
 * tRPC reads its JSON itself (the body as text, or the `input` query parameter): a hook of the tRPC scope checks
 * that text first.
 */
export async function boundedTrpcInput(request: FastifyRequest): Promise<void> {
  const input = (request.query as { input?: unknown } | undefined)?.input;
  for (const text of [request.body, input]) {
    const problem = typeof text === 'string' ? jsonTextProblem(text) : undefined;
    if (problem) throw refusal(problem, '/input');
  }
}
