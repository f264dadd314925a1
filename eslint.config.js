// Lint rules, including the one-way import rule (docs/architecture.md): adapters → commands → src.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const platformLibraries = [
  'discord.js',
  'discord.js/*',
  '@discordjs/*',
  '@slack/*',
  'discord-api-types',
  'discord-api-types/*',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        performance: 'readonly',
        fetch: 'readonly',
        AbortController: 'readonly',
        TextEncoder: 'readonly',
        structuredClone: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: platformLibraries, message: 'src/ is the core: it imports no platform library.' },
            {
              group: ['**/commands/**', '**/adapters/**', '../commands', '../adapters'],
              message: 'Imports run one way: adapters → commands → src.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['commands/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: platformLibraries, message: 'commands/ return replies; only adapters/ talk to platforms.' },
            { group: ['**/adapters/**', '../adapters'], message: 'Imports run one way: adapters → commands → src.' },
          ],
        },
      ],
    },
  },
  // One platform never imports another: what they share lives in adapters/runtime or below.
  ...['console', 'slack', 'discord'].map((platform) => ({
    files: [`adapters/${platform}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['console', 'slack', 'discord']
            .filter((other) => other !== platform)
            .map((other) => ({
              group: [`**/adapters/${other}/**`, `../${other}/**`, `../${other}`],
              message: 'One platform adapter does not import another; share through adapters/runtime.',
            })),
        },
      ],
    },
  })),
);
