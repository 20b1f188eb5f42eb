import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import orgPlugin from '@backstage/plugin-org/alpha';
import userSettingsPlugin from '@backstage/plugin-user-settings/alpha';
import readinessPlugin from '@readiness/plugin-readiness/alpha';
import { navModule } from './modules/nav';
import { signInModule } from './modules/signIn';

/**
 * The dev portal. `app.packages: all` also discovers these plugins at build time; they are
 * listed anyway so the app (and its tests, which do not discover) says what it runs. The app
 * keeps one instance per plugin id, so a plugin found both ways is installed once.
 */
export default createApp({
  features: [
    catalogPlugin,
    orgPlugin,
    userSettingsPlugin,
    readinessPlugin,
    navModule,
    signInModule,
  ],
});
