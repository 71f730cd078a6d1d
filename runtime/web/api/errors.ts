/**
 * What to tell a person when a call failed: the server's own message in the language on screen (every error it
 * sends carries `message: {vi, en}`), else whether the server could not be reached or failed.
 */
import { TRPCClientError } from '@trpc/client';
import type { TFunction } from 'i18next';
import type { Language } from '../i18n/index.ts';

interface ServerError {
  code: string;
  message: Record<Language, string>;
  path?: string;
}

/** The product's error body, when the server sent one. */
export function serverError(error: unknown): ServerError | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const body = (error.data as { error?: ServerError } | undefined)?.error;
  return typeof body?.message?.vi === 'string' ? body : undefined;
}

/** The HTTP status the server answered a failed call with (none: no answer came, or not a call). */
export function httpStatus(error: unknown): number | undefined {
  const status =
    error instanceof TRPCClientError ? (error.data as { httpStatus?: unknown })?.httpStatus : undefined;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Whether trying the same call again may succeed: not after a refusal (4xx: not found, forbidden, invalid…), but
 * after no answer, a server failure, a timeout or too many requests.
 */
export function retryable(error: unknown): boolean {
  const status = httpStatus(error);
  return status === undefined || status >= 500 || status === 408 || status === 429;
}

export function errorText(error: unknown, language: Language, t: TFunction<'common'>): string {
  const body = serverError(error);
  if (body) return body.message[language];
  // fetch() rejects with a TypeError when no answer came at all.
  if (error instanceof TRPCClientError && error.cause instanceof TypeError) return t('errors.network');
  return t('errors.unexpected');
}
