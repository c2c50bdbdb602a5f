/**
 * Preloaded into a Chorus process by `npm run bench:dispatch -- --cpu-prof DIR` (NODE_OPTIONS
 * --require): a CPU profile from the moment the file CHORUS_BENCH_CPU_PROFILE + `.start` appears
 * (the bench writes it once the burst is scheduled; signals are Nest's shutdown hooks) to the
 * process's SIGTERM, written to CHORUS_BENCH_CPU_PROFILE. Read it with
 * bench/dispatch/profile-summary.ts or Chrome's DevTools.
 */
const inspector = require('node:inspector');
const { existsSync, writeFileSync } = require('node:fs');

const file = process.env.CHORUS_BENCH_CPU_PROFILE;
if (file) {
  const session = new inspector.Session();
  session.connect();
  let started = false;
  const poll = setInterval(() => {
    if (!existsSync(`${file}.start`)) return;
    clearInterval(poll);
    started = true;
    session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 500 }, () => session.post('Profiler.start')));
  }, 50);
  poll.unref();
  process.once('SIGTERM', () => {
    if (!started) return;
    session.post('Profiler.stop', (error, result) => {
      if (error) console.error(`The CPU profile could not be taken: ${error.message}`);
      else writeFileSync(file, JSON.stringify(result.profile));
    });
  });
}
