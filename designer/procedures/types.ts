/** The designer list's answers as the server's contract types them. */
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../server/http/trpc/router.ts';

type Outputs = inferRouterOutputs<AppRouter>['designer'];
export type DesignList = Outputs['procedures'];
export type DesignFacets = DesignList['facets'];
export type DesignEntry = DesignList['items'][number];
export type CreatedVersion = Outputs['createDraft'];
