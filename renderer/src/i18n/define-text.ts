import { useTranslation } from 'react-i18next';
import { registerText, type Dictionary } from './index';

/** Every namespace defined so far, with its dictionary (the dictionary test reads them all). */
export const DEFINED_TEXT = new Map<string, Dictionary<object>>();

/**
 * A feature's strings, registered on first use: i18next only accepts bundles
 * after initI18n, which runs after every module has been imported.
 * Returns the feature's `useTranslation` for its namespace.
 */
export function defineText<T extends object>(namespace: string, dict: Dictionary<T>) {
  DEFINED_TEXT.set(namespace, dict);
  let registered = false;
  return function useText() {
    if (!registered) {
      registerText(namespace, dict);
      registered = true;
    }
    return useTranslation(namespace);
  };
}
