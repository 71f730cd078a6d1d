/**
 * The routes the server has, recorded as fastify registers them: the 405 answer and the OpenAPI document are
 * both read from here, so neither can drift from the real routes.
 */
import type { RouteOptions } from 'fastify';

declare module 'fastify' {
  /** OpenAPI annotations on a route's schema (fastify itself ignores them). */
  interface FastifySchema {
    summary?: string;
    description?: string;
    tags?: string[];
  }
  /** Typed, so that a plugin adding its own route config (multipart does) keeps `openapi` allowed. */
  interface FastifyContextConfig {
    openapi?: OpenApiExtra;
  }
  interface FastifyInstance {
    /** Every route of the server, as registered. */
    routeTable: RouteTable;
  }
}

export interface RouteEntry {
  method: string;
  url: string;
  schema?: Record<string, unknown>;
  /** Extra OpenAPI facts a route declares in `config.openapi` (responses, security). */
  openapi?: OpenApiExtra;
}

export interface OpenApiExtra {
  responses?: Record<
    string,
    {
      description: string;
      schema?: unknown;
      headers?: Record<string, unknown>;
      /** Media types other than JSON (a file download): media type → schema. */
      content?: Record<string, { schema: unknown }>;
    }
  >;
  /** A body fastify does not validate as JSON (multipart uploads): media type → schema. */
  requestBody?: { description?: string; content: Record<string, { schema: unknown }> };
  /** Its own error answers (status → what it means), besides the common ones. */
  errors?: Record<string, string>;
  /** Who may call it: 'public', 'session' (cookie or bearer token). */
  auth?: 'public' | 'session';
  /** Hidden from the document (internal plumbing such as tRPC). */
  hide?: boolean;
}

export class RouteTable {
  readonly entries: RouteEntry[] = [];
  private patterns: { regex: RegExp; method: string }[] = [];

  record(route: RouteOptions): void {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      const config = (route.config ?? {}) as { openapi?: OpenApiExtra };
      this.entries.push({
        method: String(method).toUpperCase(),
        url: route.url,
        schema: route.schema as Record<string, unknown> | undefined,
        openapi: config.openapi,
      });
      this.patterns.push({ regex: toRegex(route.url), method: String(method).toUpperCase() });
    }
  }

  /** Methods registered for a path (without query); empty when no route matches it at all. */
  methodsFor(path: string): string[] {
    const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
    return [...new Set(this.patterns.filter((p) => p.regex.test(clean)).map((p) => p.method))];
  }
}

/** `/dossiers/:code/actions` → a regex; `*` matches the rest of the path. */
function toRegex(url: string): RegExp {
  const body = url
    .split('/')
    .map((segment) => {
      if (segment.startsWith(':')) return '[^/]+';
      if (segment === '*') return '.*';
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return new RegExp(`^${body || '/'}$`);
}
