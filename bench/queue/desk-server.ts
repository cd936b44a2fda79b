/** Child process: the real desk, as `npm start` builds it (production logging included), against the bench database. */
import { startBenchDesk } from '../bench-desk.js';
import { BENCH_SECRET, serveParent } from './shared.js';

const { app, port } = await startBenchDesk(BENCH_SECRET, 'info');
serveParent(port, () => app.close());
