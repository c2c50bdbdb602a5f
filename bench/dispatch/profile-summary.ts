/**
 * Where a CPU profile's time went (`npm run bench:dispatch -- --cpu-prof DIR` writes them):
 * self time by package (node_modules), Chorus's own code by lib, Node's internals, the garbage
 * collector and idle time, then the heaviest functions.
 *
 *   npx ts-node --transpile-only bench/dispatch/profile-summary.ts DIR/distributed-1-worker-1.cpuprofile [--top 25]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The part of the code a frame with a script belongs to. */
function scriptArea(url: string): string {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  if (url.includes('/dist/apps/')) return 'chorus (bundle)';
  const lib = /(libs|apps)\/([^/]+)/.exec(url);
  if (lib) return `chorus ${lib[1]}/${lib[2]}`;
  return url;
}

/** Where a script's frame is: package and file. */
function place(url: string): string {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url);
  return modules ? `${modules[1]}/${modules[2]}` : url.replace(/^.*\/(dist|libs|apps)\//, '$1/');
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  const topIndex = args.indexOf('--top');
  const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 25;
  if (!file) {
    console.error('Usage: profile-summary.ts FILE.cpuprofile [--top 25]');
    process.exit(2);
  }
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  // Native code (a driver's binding, a syscall) is counted to the nearest script that called it.
  const area = (node: ProfileNode): string => {
    const { url, functionName } = node.callFrame;
    if (url) return scriptArea(url);
    if (functionName.startsWith('(')) return functionName;
    for (let id = parentOf.get(node.id); id !== undefined; id = parentOf.get(id)) {
      const caller = byId.get(id)!.callFrame.url;
      if (caller) return `${scriptArea(caller)} (native)`;
    }
    return '(native)';
  };
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totalUs = profile.endTime - profile.startTime;
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    const name = area(node);
    areas.set(name, (areas.get(name) ?? 0) + us);
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url ? `${place(node.callFrame.url)}:${node.callFrame.lineNumber + 1}` : name}`;
    functions.set(fn, (functions.get(fn) ?? 0) + us);
  }
  const idle = areas.get('(idle)') ?? 0;
  // Taking the profile at the end (Profiler.stop) is not the process's work.
  const profiler = areas.get('node:inspector (native)') ?? 0;
  areas.delete('node:inspector (native)');
  for (const name of [...functions.keys()].filter((n) => n.includes('node:inspector'))) functions.delete(name);
  const busy = totalUs - idle - profiler;
  const ms = (us: number) => `${(us / 1000).toFixed(0)} ms`;
  const share = (us: number) => `${((100 * us) / Math.max(1, busy)).toFixed(1)}%`;
  console.log(`${file}: ${ms(totalUs)} profiled, ${ms(busy)} busy (${((100 * busy) / totalUs).toFixed(0)}%), ${ms(idle)} idle\n`);
  console.log('Self time by area (share of busy time):');
  for (const [name, us] of [...areas].filter(([n]) => n !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${share(us).padStart(6)}  ${ms(us).padStart(9)}  ${name}`);
  console.log('\nHeaviest functions (self time):');
  for (const [name, us] of [...functions].filter(([n]) => !n.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${share(us).padStart(6)}  ${ms(us).padStart(9)}  ${name}`);
}

main();
