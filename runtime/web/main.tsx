/** The portal (and, later, the officer desk under /desk): the entry the server serves at /. */
import { mountApp } from './shell/mount.tsx';
import { portalRoutes } from './portal/routes.tsx';

mountApp('portal', portalRoutes);
