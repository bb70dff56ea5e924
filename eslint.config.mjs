import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Raw IPC is allowed only in the one module that derives everything from the contract.
const IPC_MODULES = ['electron/main/ipc.ts', 'electron/preload/index.ts', 'test/stubs/electron.ts'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-output/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: IPC_MODULES,
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name='ipcMain']", message: 'Use the typed IPC contract (electron/main/ipc.ts), not ipcMain.' },
        { selector: "Identifier[name='ipcRenderer']", message: 'The renderer never sees ipcRenderer; use window.vitrine.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'electron', 'react', 'react-dom', 'fs', 'path'], message: 'shared/ is pure: no Node, Electron or DOM.' }] }],
    },
  },
);
