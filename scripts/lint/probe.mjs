// Lints snippets as if they sat at given paths, with only the import-boundary rule, and prints what
// it reported: scripts/lint/boundaries.test.ts uses it to prove each boundary fires. (ESLint's
// config is ESM, which jest's module system cannot load, hence a separate process.)
// Input on stdin: [{ "filePath": "src/x.ts", "code": "import …" }]. Output: one message list each.
// Only the rules that need no type information run: the boundaries and the RegExp ban.
import { ESLint } from 'eslint';
import path from 'path';
import { fileURLToPath } from 'url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RULES = new Set(['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax']);
const cases = JSON.parse(
  await new Promise((resolve) => {
    let text = '';
    process.stdin.on('data', (c) => (text += c));
    process.stdin.on('end', () => resolve(text));
  })
);
// The probe files do not exist, so the type-aware parser cannot place them in the project; the
// boundary rule needs no types, and only it runs.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: false, program: null } } },
  ruleFilter: ({ ruleId }) => RULES.has(ruleId),
});
const out = [];
for (const c of cases) {
  const [result] = await eslint.lintText(c.code, { filePath: path.join(root, c.filePath) });
  out.push(result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message })));
}
process.stdout.write(JSON.stringify(out));
