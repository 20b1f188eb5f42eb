// The report page's floor on a cold load (see ReportFloor.tsx), bundled by bundle.mjs.
import { Floor } from './ReportFloor';
import { renderInShell } from './shell';

renderInShell(<Floor />);
