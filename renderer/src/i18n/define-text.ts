import { useTranslation } from 'react-i18next';
import { registerText, type Dictionary } from './index';

/**
 * A feature's strings, registered on first use: i18next only accepts bundles
 * after initI18n, which runs after every module has been imported.
 * Returns the feature's `useTranslation` for its namespace.
 */
export function defineText<T extends object>(namespace: string, dict: Dictionary<T>) {
  let registered = false;
  return function useText() {
    if (!registered) {
      registerText(namespace, dict);
      registered = true;
    }
    return useTranslation(namespace);
  };
}
