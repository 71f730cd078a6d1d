/** The procedure designer: the entry the server serves at /designer. */
import { mountApp } from '../runtime/web/shell/mount.tsx';
import { designerRoutes } from './routes.tsx';

mountApp('designer', designerRoutes, '/designer');
