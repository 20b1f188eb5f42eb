// Shared by the measured children: peak memory sampling and the result line.
const { performance } = require('node:perf_hooks');

/** Samples heap and RSS every 20 ms; maxRSS from the kernel is the authoritative peak. */
function startSampling() {
  const peak = { heapUsed: 0, rss: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
    peak.rss = Math.max(peak.rss, m.rss);
  };
  const timer = setInterval(sample, 20);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

/** Prints the one JSON line the parent reads. */
function report(result) {
  const usage = process.resourceUsage();
  process.stdout.write(
    `${JSON.stringify({
      ...result,
      maxRssMB: Math.round(usage.maxRSS / 1024),
      processMs: Math.round(performance.now()),
    })}\n`,
  );
}

module.exports = { startSampling, report, performance };
