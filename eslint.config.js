import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

/** Browser code: the web apps and the engine, which runs unchanged in the browser. */
const NODE_BUILT_INS = { group: ['node:*'], message: 'Browser code: no Node built-ins.' };

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'dist/', 'coverage/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The arrows of ARCHITECTURE.md, on resolved paths: designer → runtime → schemas, server → runtime/engine →
    // schemas; the engine is reached through its one public entry; nothing imports server/ but types (below).
    files: ['**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver()],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './schemas',
              from: './',
              except: ['./schemas', './node_modules'],
              message: 'schemas/ depends on nothing.',
            },
            {
              target: './runtime/engine',
              from: './',
              except: ['./runtime/engine', './schemas', './node_modules'],
              message: 'The engine imports only schemas/.',
            },
            {
              target: ['./runtime/web', './designer'],
              from: './runtime/engine',
              except: ['./index.ts'],
              message: 'Import the engine through runtime/engine/index.ts (export what you need there).',
            },
            {
              target: './runtime',
              from: './designer',
              message: 'The runtime does not import the designer.',
            },
            {
              target: ['./runtime/web', './designer'],
              from: ['./cli', './bin', './bench', './test', './examples'],
              message: 'The web apps import the engine, schemas/ and the router type only.',
            },
            {
              target: './server',
              from: ['./runtime/web', './designer'],
              message: 'server/ imports neither the web apps nor the designer.',
            },
          ],
        },
      ],
    },
  },
  {
    // The web apps run in the browser: its globals, no Node built-ins, and nothing from server/ but types (the
    // tRPC router's AppRouter).
    files: ['runtime/web/**/*.{ts,tsx}', 'designer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            NODE_BUILT_INS,
            {
              group: ['**/server/**'],
              allowTypeImports: true,
              message: 'The web apps take only types from server/ (import type).',
            },
          ],
        },
      ],
    },
  },
  {
    // Vitest fixtures declare what they use by destructuring; one that uses nothing says so with `{}`.
    files: ['test/browser/**/*.ts'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    files: ['runtime/engine/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      // The engine is pure: it runs unchanged in the browser and on the server. Its libraries are pure too.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NODE_BUILT_INS,
            {
              regex: '^(?!\\.{1,2}/|node:|ajv(-formats)?(/|$)|read-vietnamese-number$)',
              message:
                'The engine uses only pure libraries (ajv, ajv-formats, read-vietnamese-number); add one here if it is pure.',
            },
          ],
        },
      ],
      // No clock and no randomness: time comes from ctx.
      'no-restricted-globals': ['error', 'process', 'setTimeout', 'setInterval'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now' },
        { object: 'Math', property: 'random' },
      ],
    },
  },
);
