// A/B wall and CPU time (time(1)) of two main bundles on the local stack behind TCP relays that
// add latency, as on a real network (the loopback stack has none). Rounds interleave A and B.
// It measured what dropping the preconnect costs (bench/README.md, "Levers measured").
//   npx tsx scripts/latency-ab.ts <bundle A> <bundle B> [--rtt 20] [--rounds 15] [--oidc]
// The relay sits in front of the STS; with --oidc also in front of the OIDC endpoint.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startStack } from '../__tests__/stack/index.js'

const args = process.argv.slice(2)
const flag = (name: string, fallback: number): number => {
  const i = args.indexOf(name)
  return i === -1 ? fallback : Number(args[i + 1])
}
const [bundleA, bundleB] = args.filter(
  (a, i) =>
    !a.startsWith('--') && !args[i - 1]?.startsWith('--rtt') && !args[i - 1]?.startsWith('--rounds')
)
if (!bundleA || !bundleB)
  throw new Error('usage: latency-ab.ts <bundle A> <bundle B> [--rtt 20] [--rounds 15] [--oidc]')
const oneWayMs = flag('--rtt', 20) / 2
const rounds = flag('--rounds', 15)

/** A relay to 127.0.0.1:`target` that delays every chunk by `oneWayMs`, in order. */
async function relay(target: number): Promise<{ port: number; close(): void }> {
  const sockets = new Set<net.Socket>()
  const delayed = (from: net.Socket, to: net.Socket): void => {
    let last = 0
    from.on('data', chunk => {
      const at = Math.max(Date.now() + oneWayMs, last)
      last = at
      setTimeout(() => to.write(chunk), at - Date.now())
    })
    from.on('end', () => setTimeout(() => to.end(), Math.max(0, last - Date.now()) + oneWayMs))
    from.on('error', () => to.destroy())
  }
  const server = net.createServer(client => {
    const upstream = net.connect(target, '127.0.0.1')
    for (const s of [client, upstream]) sockets.add(s)
    // The SYN/SYN-ACK round trip: the client's connection is accepted at once on loopback.
    client.pause()
    setTimeout(() => client.resume(), 2 * oneWayMs)
    delayed(client, upstream)
    delayed(upstream, client)
  })
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  return {
    port: (server.address() as AddressInfo).port,
    close: () => {
      for (const s of sockets) s.destroy()
      server.close()
    }
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

const stack = await startStack()
const stsPort = Number(new URL(`https://${stack.sts.host}`).port)
const stsRelay = await relay(stsPort)
stack.sts.setDomain(`127.0.0.1:${stsRelay.port}`)
const oidcUrl = new URL(stack.oidc.requestUrl)
const oidcRelay = args.includes('--oidc') ? await relay(Number(oidcUrl.port)) : undefined
if (oidcRelay) oidcUrl.port = String(oidcRelay.port)

async function run(bundle: string): Promise<{ ms: number; cpuMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'latency-'))
  const files = {
    GITHUB_OUTPUT: join(dir, 'o'),
    GITHUB_STATE: join(dir, 's'),
    GITHUB_STEP_SUMMARY: join(dir, 'm')
  }
  for (const f of Object.values(files)) writeFileSync(f, '')
  const env = {
    PATH: process.env.PATH,
    ...files,
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: dir,
    ACTIONS_ID_TOKEN_REQUEST_URL: oidcUrl.href,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.oidc.requestToken,
    GITHUB_API_URL: stack.api.url,
    NODE_EXTRA_CA_CERTS: stack.caPath,
    INPUT_DOMAIN: `127.0.0.1:${stsRelay.port}`,
    INPUT_SCOPE: 'acme/widgets',
    INPUT_IDENTITY: 'deploy',
    'INPUT_TIMEOUT-SECONDS': '60',
    INPUT_REVOKE: 'true',
    'INPUT_DRY-RUN': 'false'
  }
  const cpuFile = join(dir, 'cpu')
  const started = performance.now()
  // time(1) for the child's own CPU time (user + system), robust to the load of other processes.
  const child = spawn(
    '/usr/bin/time',
    ['-f', '%U %S', '-o', cpuFile, process.execPath, resolve(bundle)],
    {
      env,
      cwd: dir,
      stdio: ['ignore', 'pipe', 'inherit']
    }
  )
  let out = ''
  child.stdout.on('data', c => (out += c))
  const code = await new Promise<number | null>(r => child.once('close', r))
  const ms = performance.now() - started
  const [user = NaN, sys = NaN] = readFileSync(cpuFile, 'utf8')
    .trim()
    .split('\n')
    .pop()!
    .split(' ')
    .map(Number)
  rmSync(dir, { recursive: true, force: true })
  if (code !== 0) throw new Error(`${bundle} exited ${code}:\n${out}`)
  return { ms, cpuMs: (user + sys) * 1000 }
}

const times: Record<'A' | 'B', { ms: number; cpuMs: number }[]> = { A: [], B: [] }
await run(bundleA) // warm the file cache
await run(bundleB)
for (let i = 0; i < rounds; i++) {
  const order: ['A' | 'B', string][] = [
    ['A', bundleA],
    ['B', bundleB]
  ]
  for (const [k, b] of i % 2 ? order.reverse() : order) {
    times[k].push(await run(b))
    stack.reset()
    stack.sts.setDomain(`127.0.0.1:${stsRelay.port}`)
  }
}
const fmt = (xs: { ms: number; cpuMs: number }[]): string =>
  `wall median ${median(xs.map(x => x.ms)).toFixed(1)} ms (min ${Math.min(...xs.map(x => x.ms)).toFixed(1)}), CPU median ${median(xs.map(x => x.cpuMs)).toFixed(0)} ms`
const diff = (f: (x: { ms: number; cpuMs: number }) => number): string =>
  (median(times.B.map(f)) - median(times.A.map(f))).toFixed(1)
console.log(
  `RTT ${2 * oneWayMs} ms in front of the STS${oidcRelay ? ' and the OIDC endpoint' : ''}, ${rounds} rounds`
)
console.log(`A ${bundleA}: ${fmt(times.A)}`)
console.log(`B ${bundleB}: ${fmt(times.B)}`)
console.log(`B − A: wall ${diff(x => x.ms)} ms, CPU ${diff(x => x.cpuMs)} ms`)
stsRelay.close()
oidcRelay?.close()
await stack.close()
