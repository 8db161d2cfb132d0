import { useCallback } from 'react';
import { errorText } from './error-text';
import { useT } from './i18n';

/** `errorText` in the current language, for hooks and components. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useT();
  return useCallback((error: unknown) => errorText(error, t), [t]);
}
