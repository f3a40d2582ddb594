// Worker threads start without the TypeScript loader the main process runs under: register it, then run
// the build worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./buildWorker.ts');
