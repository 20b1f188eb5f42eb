// The portal report page as the app renders it: the plugin's ReadinessReportPage in the
// Backstage app shell, bundled by esbuild for production (bench/report/bundle.mjs).
import { ReadinessReportPage } from '../../plugins/readiness/src/components/ReadinessReportPage';
import { renderInShell } from './shell';

renderInShell(<ReadinessReportPage />);
