// Preloaded into the server by bench/export (`node --require`): sends its memory to the
// benchmark over the IPC channel every 50 ms. Chorus itself has no metrics route to ask.
'use strict';
if (process.send) {
  const timer = setInterval(() => {
    const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    process.send({ rss, heapUsed, heapTotal, external, arrayBuffers });
  }, 50);
  timer.unref();
  // The benchmark asks for a collection (the server runs with --expose-gc) before it measures.
  process.on('message', (message) => message === 'gc' && global.gc?.());
  process.channel?.unref();
}
