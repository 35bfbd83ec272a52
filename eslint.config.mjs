// One lint configuration for the whole monorepo (ESLint flat config with typescript-eslint).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Browser globals the main SDK entry must never touch: it runs in Node too. */
const browserOnly = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'indexedDB', 'self'];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/docs/api/**', '**/bench-results/**', '**/.turbo/**', '**/storybook-static/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.es2022 },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never write HTML from data: render text instead.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Never write HTML from data: render text instead.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never write HTML from data: render text instead.' },
      ],
    },
  },
  {
    // The SDK's main entry runs in Node: no browser globals outside its browser-only files.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/browser.ts', 'packages/core/src/browser/**'],
    rules: {
      'no-restricted-globals': ['error', ...browserOnly.map((name) => ({ name, message: 'The main SDK entry must run in Node: put browser-only code under src/browser/.' }))],
    },
  },
  {
    files: ['packages/core/src/browser.ts', 'packages/core/src/browser/**', '**/test-browser/**', 'apps/demo/src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Element packages and the Storybook run in the browser (with mocha globals in tests).
    files: ['packages/ui/**', 'packages/ladder-poll/**', 'packages/parity-checklist/**', 'packages/pledge-card/**', 'apps/storybook/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
  },
  {
    // The React example runs in the browser; .tsx files are parsed with JSX.
    files: ['apps/react-example/src/**', 'apps/react-example/test/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser }, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    files: ['**/*.mjs', '**/*.config.*', 'scripts/**', '**/bench/**', 'apps/demo/server.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The reference server and its tests run in Node.
    files: ['packages/server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // End-to-end tests run in Node and hand functions to the page (page.evaluate).
    files: ['apps/*/test/**', 'packages/widgets/test/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
