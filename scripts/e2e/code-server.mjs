// Starts one code-server (VS Code 1.100.3 workbench + Node extension host) per run, isolated
// in a fresh temp profile, and stops it with its whole process group: killing only its PID
// leaves a file-watcher child behind (E2E.md).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
/* global fetch */
import { codeServerEntry } from './paths.mjs';
import { isCodeServerInstalled } from './install-code-server.mjs';

/**
 * @typedef {object} Profile  a throwaway user-data + extensions dir with its own HOME
 * @property {string} root
 * @property {string} userDataDir
 * @property {string} extensionsDir
 * @property {Record<string, string>} env  environment that confines code-server to `root`
 */

/**
 * @typedef {object} CodeServer
 * @property {number} port
 * @property {string} url            e.g. http://127.0.0.1:PORT
 * @property {Profile} profile
 * @property {() => string} output   everything the server printed so far
 * @property {(vsixPath: string) => void} installVsix  (reload the workbench afterwards)
 * @property {() => Promise<void>} stop  kills the process group and deletes the profile
 */

const settings = {
  // Otherwise the welcome page steals focus from what a test opens.
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
};

/** @returns {Profile} */
export function createProfile() {
  const root = mkdtempSync(join(tmpdir(), 'toygrad-code-server-'));
  const userDataDir = join(root, 'user-data');
  const extensionsDir = join(root, 'extensions');
  const home = join(root, 'home');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  mkdirSync(home, { recursive: true });
  writeFileSync(
    join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(settings, null, 2) + '\n',
  );
  const env = {
    // No gallery at all: offline, its open-vsx.org lookups only fail and log errors.
    EXTENSIONS_GALLERY: '{}',
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
  };
  return { root, userDataDir, extensionsDir, env };
}

/** Installs a packaged extension into the profile; works offline, unlike install by id. */
export function installVsix(profile, vsixPath) {
  const abs = resolve(vsixPath);
  if (!existsSync(abs)) throw new Error(`no VSIX at ${abs}`);
  const res = spawnSync(
    process.execPath,
    [
      codeServerEntry,
      '--user-data-dir',
      profile.userDataDir,
      '--extensions-dir',
      profile.extensionsDir,
      '--install-extension',
      abs,
    ],
    { encoding: 'utf8', env: { ...process.env, ...profile.env }, timeout: 120_000 },
  );
  if (res.status !== 0) {
    throw new Error(`installing ${abs} failed (rc=${res.status}):\n${res.stdout}${res.stderr}`);
  }
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {{ vsix?: string[], env?: Record<string, string>, timeoutMs?: number,
 *   verbose?: boolean }} [options]  `env` reaches the extension host too (it inherits it)
 * @returns {Promise<CodeServer>}
 */
export async function startCodeServer(options = {}) {
  if (!isCodeServerInstalled()) {
    throw new Error('code-server is not installed: run node scripts/e2e/install-code-server.mjs');
  }
  const profile = createProfile();
  try {
    for (const vsix of options.vsix ?? []) installVsix(profile, vsix);
  } catch (err) {
    rmSync(profile.root, { recursive: true, force: true });
    throw err;
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [
      codeServerEntry,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--ignore-last-opened',
      '--user-data-dir',
      profile.userDataDir,
      '--extensions-dir',
      profile.extensionsDir,
    ],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env, ...profile.env },
    },
  );
  let output = '';
  const collect = (chunk) => {
    output += chunk.toString();
    if (options.verbose) process.stderr.write(`[code-server] ${chunk}`);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = false;
  const exitedPromise = new Promise((r) =>
    child.on('exit', () => {
      exited = true;
      r();
    }),
  );
  // If this Node process dies without stop(), do not leave a server behind.
  const onExit = () => {
    killGroup(child.pid, 'SIGKILL');
    rmSync(profile.root, { recursive: true, force: true });
  };
  process.on('exit', onExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', onExit);
    if (killGroup(child.pid, 'SIGTERM')) {
      await Promise.race([exitedPromise, sleep(5000)]);
      // The group can outlive its leader (the watcher), so always finish it off.
      await sleep(200);
      killGroup(child.pid, 'SIGKILL');
    }
    rmSync(profile.root, { recursive: true, force: true });
  };

  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`code-server exited before it was ready:\n${output}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer ${url}/healthz in time:\n${output}`);
    }
    await sleep(150);
  }

  return {
    port,
    url,
    profile,
    output: () => output,
    installVsix: (vsixPath) => installVsix(profile, vsixPath),
    stop,
  };
}
