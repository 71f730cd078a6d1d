/** The form designer's words, and a field's name as the clerk reads it (its label, else its title, else its code). */
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../runtime/web/shell/language.ts';
import type { FormField } from './model/tree.ts';

export function useFormWords() {
  const { t } = useTranslation('designer');
  const language = useLanguage();
  const fieldName = (field: FormField): string =>
    field.ui?.label?.[language] ||
    field.ui?.label?.vi ||
    (typeof field.schema.title === 'string' ? field.schema.title : '') ||
    field.key;
  return { t, language, fieldName };
}
