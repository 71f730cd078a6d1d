/**
 * The multipart parser's failures are the client's (a malformed body, too many parts, a connection cut short):
 * anything it throws becomes a 400 with a stable code. They are told apart from our own failures (a 500) by where
 * they come from: only what the parser's iterators throw passes through `fromParser`.
 */
import { serviceError } from '../errors.ts';
import { message } from '../../runtime/engine/messages/index.ts';

function parseError(error: unknown): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'FST_FILES_LIMIT') {
    return serviceError('ATTACHMENT_ONE_FILE', 400, message('attachments.attachmentOneFileOnly'), {
      path: '/body/file',
    });
  }
  return serviceError('MULTIPART_INVALID', 400, message('attachments.multipartInvalid'));
}

/** The parser's parts or a file's chunks; leaving the loop early still closes the source (its return is called). */
export async function* fromParser<T>(source: AsyncIterable<T>): AsyncGenerator<T, void, undefined> {
  try {
    yield* source;
  } catch (error) {
    throw parseError(error);
  }
}
