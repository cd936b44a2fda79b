/** Child process: the real desk (createDesk, durable write path) against the bench database. */
import { UpdateLog } from '../../src/writeups/update-log.js';
import { startBenchDesk } from '../bench-desk.js';
import { answerParent, BENCH_SECRET, type ServerMessage } from './shared.js';

const { app, port } = await startBenchDesk(BENCH_SECRET, 'error');
const log = app.get(UpdateLog);
answerParent(
  () => ({ ...log.stats }),
  () => app.close(),
);
process.send!({ type: 'ready', port } satisfies ServerMessage);
