import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { GRAMMAR_PATH, repoRoot, tgradGrammar } from './grammar-harness';

interface Manifest {
  icon: string;
  contributes: {
    languages: {
      id: string;
      aliases: string[];
      extensions: string[];
      configuration: string;
      icon: { light: string; dark: string };
    }[];
    grammars: {
      language: string;
      scopeName: string;
      path: string;
      unbalancedBracketScopes?: string[];
    }[];
    snippets: { language: string; path: string }[];
    configurationDefaults?: Record<string, Record<string, unknown>>;
  };
}

const root = repoRoot();
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
const file = (p: string): string => join(root, p);

/** RGBA pixels of an 8-bit RGBA, non-interlaced PNG (all this repository ships). */
function decodePng(buf: Buffer): {
  width: number;
  height: number;
  pixel(x: number, y: number): number[];
} {
  assert.deepEqual([...buf.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'PNG signature');
  let pos = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      assert.equal(data[8], 8, 'bit depth');
      assert.equal(data[9], 6, 'colour type RGBA');
      assert.equal(data[12], 0, 'not interlaced');
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= 4 ? out[y * stride + x - 4] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4] : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][filter];
      assert.ok(pred !== undefined, `PNG filter ${filter}`);
      out[y * stride + x] = (v + pred) & 0xff;
    }
  }
  return {
    width,
    height,
    pixel: (x, y) => [...out.subarray(y * stride + x * 4, y * stride + x * 4 + 4)],
  };
}

/** Minimal well-formedness: every element closed in order, one <svg> root with a viewBox. */
function checkSvg(text: string): void {
  const stack: string[] = [];
  const body = text.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (closing) assert.equal(stack.pop(), name, `</${name}> closes the wrong element`);
    else if (!selfClosing) stack.push(name);
  }
  assert.deepEqual(stack, [], 'unclosed SVG elements');
  assert.match(body.trim(), /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(body, /viewBox="0 0 \d+ \d+"/);
  // Icons must not depend on fonts, scripts or the network.
  assert.doesNotMatch(body, /<text|<script|href="http/);
}

describe('package.json contributes the tgrad language', () => {
  it('declares the tgrad language with its aliases, extension, configuration and icon', () => {
    const [lang] = manifest.contributes.languages;
    assert.equal(lang.id, 'tgrad');
    assert.deepEqual(lang.aliases, ['ToyGrad', 'tgrad']);
    assert.deepEqual(lang.extensions, ['.tgrad']);
    assert.ok(existsSync(file(lang.configuration)), lang.configuration);
    assert.ok(existsSync(file(lang.icon.light)) && existsSync(file(lang.icon.dark)));
  });

  it('points the grammar and snippets at files that exist, with matching scope name', () => {
    const [grammar] = manifest.contributes.grammars;
    assert.equal(grammar.language, 'tgrad');
    assert.equal(grammar.scopeName, 'source.tgrad');
    assert.equal(grammar.path, `./${GRAMMAR_PATH}`);
    const raw = JSON.parse(readFileSync(file(grammar.path), 'utf8')) as { scopeName: string };
    assert.equal(raw.scopeName, grammar.scopeName);
    const [snippets] = manifest.contributes.snippets;
    assert.equal(snippets.language, 'tgrad');
    assert.ok(existsSync(file(snippets.path)), snippets.path);
  });

  it('keeps spaces for indentation by default, since a tab in indentation is an error', () => {
    const defaults = manifest.contributes.configurationDefaults?.['[tgrad]'];
    assert.equal(defaults?.['editor.insertSpaces'], true);
  });

  it('leaves brackets in a cell title out of bracket matching', async () => {
    const [grammarContribution] = manifest.contributes.grammars;
    // The same configuration VS Code builds from the contribution (balanced: '*' default).
    await tgradGrammar(); // loads the WASM once
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async () =>
        vsctm.parseRawGrammar(readFileSync(file(GRAMMAR_PATH), 'utf8'), file(GRAMMAR_PATH)),
    });
    const grammar = await registry.loadGrammarWithConfiguration('source.tgrad', 1, {
      balancedBracketSelectors: ['*'],
      unbalancedBracketSelectors: grammarContribution.unbalancedBracketScopes ?? [],
    });
    assert.ok(grammar);
    const balancedAt = (line: string, offset: number): boolean => {
      const { tokens } = grammar.tokenizeLine2(line, vsctm.INITIAL);
      let meta = 0;
      for (let i = 0; i < tokens.length; i += 2) if (tokens[i] <= offset) meta = tokens[i + 1];
      return (meta & 1024) !== 0; // EncodedTokenAttributes' balanced-bracket bit
    };
    assert.equal(balancedAt('# %% Step (1', 10), false);
    assert.equal(balancedAt('# %% [markdown] (a', 5), false);
    assert.equal(balancedAt('print(x)', 5), true);
  });

  it('ships a 128x128 extension icon with transparent rounded corners', () => {
    assert.equal(manifest.icon, 'media/icons/toygrad.png');
    const png = decodePng(readFileSync(file(manifest.icon)));
    assert.equal(png.width, 128);
    assert.equal(png.height, 128);
    assert.equal(png.pixel(0, 0)[3], 0, 'corner is transparent');
    assert.equal(png.pixel(127, 127)[3], 0, 'corner is transparent');
    assert.equal(png.pixel(64, 8)[3], 255, 'body is opaque');
    // Not a blank picture: the node colours of the SVG are there.
    const colours = new Set<string>();
    for (let y = 0; y < 128; y += 2) {
      for (let x = 0; x < 128; x += 2) colours.add(png.pixel(x, y).slice(0, 3).join(','));
    }
    assert.ok(colours.size > 50, `${colours.size} colours`);
  });

  it('ships well-formed, self-contained SVG icons', () => {
    for (const p of ['media/icons/tgrad-file.svg', 'media/icons/toygrad.svg']) {
      checkSvg(readFileSync(file(p), 'utf8'));
    }
  });
});
