export { RunbookPage, RunbookContent } from './RunbookPage';
