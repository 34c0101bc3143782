#!/usr/bin/env node
// Installs code-server (the real VS Code workbench + Node extension host) into .cache/,
// offline except for the npm registry, working around every install pitfall of E2E.md.
// Kept out of devDependencies on purpose: it is 300 MB that only e2e runs need.
// Idempotent: a marker file holding the version makes the second run a no-op.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  copyFileSync,
  readFileSync,
  writeFileSync,
  rmSync,
  readdirSync,
  chmodSync,
} from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import {
  cacheDir,
  installMarker,
  codeServerVersion,
  codeServerEntry,
  codeServerPackageDir,
  chromiumPath,
} from './paths.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function seconds(since) {
  return ((performance.now() - since) / 1000).toFixed(2);
}

export function isCodeServerInstalled() {
  return (
    existsSync(installMarker) &&
    readFileSync(installMarker, 'utf8').trim() === codeServerVersion &&
    existsSync(codeServerEntry)
  );
}

/** Debian packages the install or the runs need, with a file that proves each is present. */
const debianNeeds = [
  { pkg: 'chromium', proof: chromiumPath, why: 'the browser that drives the workbench' },
  { pkg: 'ripgrep', proof: '/usr/bin/rg', why: '@vscode/ripgrep cannot download its binary' },
  { pkg: 'libkrb5-dev', proof: '/usr/bin/krb5-config', why: 'the kerberos native module' },
  { pkg: 'g++', proof: '/usr/bin/g++', why: 'argon2 and node-pty build from source' },
];

function ensureDebianPackages() {
  const missing = debianNeeds.filter((n) => !existsSync(n.proof));
  if (missing.length === 0) return;
  const names = missing.map((n) => n.pkg).join(' ');
  if (!isRoot) {
    const lines = missing.map((n) => `  ${n.pkg}: ${n.why}`).join('\n');
    throw new Error(`missing Debian packages:\n${lines}\nrun as root: apt-get install -y ${names}`);
  }
  console.log(`install-code-server: apt-get install -y ${names}`);
  const t = performance.now();
  const res = spawnSync('apt-get', ['install', '-y', ...missing.map((n) => n.pkg)], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (res.status !== 0) throw new Error(`apt-get install ${names} failed (rc=${res.status})`);
  console.log(`install-code-server: apt packages in ${seconds(t)} s`);
}

/**
 * @vscode/ripgrep's postinstall downloads from GitHub, which is unreachable; it first looks
 * in os.tmpdir()/vscode-ripgrep-cache-<its version>/, so a tarball of Debian's rg there
 * satisfies it. The versions are the ones code-server 4.100.3 pins.
 */
function seedRipgrepCache(tmpDir) {
  const seeds = [
    { pkgVersion: '1.15.11', asset: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz' },
  ];
  const staging = mkdtempSync(join(tmpDir, 'rg-'));
  copyFileSync('/usr/bin/rg', join(staging, 'rg'));
  for (const seed of seeds) {
    const dir = join(tmpDir, `vscode-ripgrep-cache-${seed.pkgVersion}`);
    mkdirSync(dir, { recursive: true });
    const res = spawnSync('tar', ['czf', join(dir, seed.asset), '-C', staging, 'rg']);
    if (res.status !== 0) throw new Error(`could not seed the ripgrep cache: ${res.stderr}`);
  }
}

/** If a newer @vscode/ripgrep slipped past the seeded cache, put Debian's rg where it looks. */
function ensureRipgrepBinaries() {
  const found = [];
  const walk = (dir, depth) => {
    if (depth > 8 || !existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const full = join(dir, entry.name);
      if (entry.name === 'ripgrep' && full.endsWith(join('@vscode', 'ripgrep'))) found.push(full);
      else walk(full, depth + 1);
    }
  };
  walk(codeServerPackageDir, 0);
  for (const pkg of found) {
    const bin = join(pkg, 'bin', 'rg');
    if (existsSync(bin)) continue;
    mkdirSync(join(pkg, 'bin'), { recursive: true });
    copyFileSync('/usr/bin/rg', bin);
    chmodSync(bin, 0o755);
    console.log(`install-code-server: placed Debian rg at ${bin}`);
  }
}

export function installCodeServer() {
  const started = performance.now();
  if (isCodeServerInstalled()) {
    // Still cheap to check the browser: a no-op run must leave a usable setup.
    if (!existsSync(chromiumPath)) ensureDebianPackages();
    console.log(
      `install-code-server: code-server ${codeServerVersion} already installed (${seconds(started)} s)`,
    );
    return;
  }
  ensureDebianPackages();
  mkdirSync(cacheDir, { recursive: true });
  rmSync(installMarker, { force: true });
  // A private package.json makes npm treat cacheDir as the project root, not the repo.
  writeFileSync(
    join(cacheDir, 'package.json'),
    JSON.stringify({ name: 'toygrad-e2e-code-server', private: true }, null, 2) + '\n',
  );
  const tmpDir = join(cacheDir, 'tmp');
  mkdirSync(tmpDir, { recursive: true });
  seedRipgrepCache(tmpDir);

  console.log(`install-code-server: npm install code-server@${codeServerVersion} (90-110 s)…`);
  const t = performance.now();
  const res = spawnSync(
    'npm',
    [
      'install',
      `code-server@${codeServerVersion}`,
      '--no-audit',
      '--no-fund',
      '--dangerously-allow-all-scripts',
    ],
    {
      cwd: cacheDir,
      stdio: 'inherit',
      env: {
        ...process.env,
        TMPDIR: tmpDir,
        // Env form so the nested `npm install` inside lib/vscode inherits every fix too.
        npm_config_unsafe_perm: 'true',
        npm_config_yes: 'true',
        npm_config_dangerously_allow_all_scripts: 'true',
        npm_config_update_notifier: 'false',
      },
    },
  );
  if (res.status !== 0) throw new Error(`npm install code-server failed (rc=${res.status})`);
  if (!existsSync(codeServerEntry)) throw new Error(`installed, but ${codeServerEntry} is missing`);
  ensureRipgrepBinaries();
  console.log(`install-code-server: npm install took ${seconds(t)} s`);

  // A throwaway HOME: code-server writes a default config.yaml into ~/.config on any run.
  const home = mkdtempSync(join(tmpDir, 'home-'));
  const version = spawnSync(process.execPath, [codeServerEntry, '--version'], {
    encoding: 'utf8',
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') },
  });
  if (version.status !== 0 || !version.stdout.includes(codeServerVersion)) {
    throw new Error(`code-server --version failed: ${version.stdout}${version.stderr}`);
  }
  writeFileSync(installMarker, codeServerVersion + '\n');
  rmSync(tmpDir, { recursive: true, force: true });
  const versionLine = version.stdout.trim().split('\n').pop() ?? codeServerVersion;
  console.log(`install-code-server: code-server ${versionLine} ready in ${seconds(started)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    installCodeServer();
  } catch (err) {
    console.error(`install-code-server: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
