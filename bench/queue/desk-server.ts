/** Child process: the real desk, as `npm start` builds it (production logging included), against the bench database. */
import { startBenchDesk } from '../bench-desk.js';
import { BENCH_SECRET } from './shared.js';

const { app, port } = await startBenchDesk(BENCH_SECRET, 'info');
process.send!({ port });
process.on('message', () => void app.close().then(() => process.exit(0)));
// The orchestrator is gone (crashed, killed): do not outlive it.
process.on('disconnect', () => process.exit(1));
