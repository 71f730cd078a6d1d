/** The editor's top bar: which procedure and version, its state, whether it is saved, undo and redo, actions. */
import { RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Tag, Tooltip, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../runtime/web/shell/language.ts';
import { LinkButton } from '../../runtime/web/shell/LinkButton.tsx';
import { TONES } from '../../runtime/web/shell/tones.ts';
import { useDraft, useDraftActions, useHistory } from '../draft/hooks.ts';
import { shortcutOf, shortcutText } from './keys.ts';
import { SaveStatus } from './SaveStatus.tsx';
import type { VersionStatus } from './session.ts';

const STATUS_TONES: Record<VersionStatus, string> = {
  draft: TONES.info,
  submitted: TONES.warning,
  approved: TONES.teal,
  rejected: TONES.danger,
  published: TONES.success,
  retired: '#595959',
};

export function TopBar({
  version,
  actions,
}: {
  version: { status: VersionStatus; version: number; procedureCode: string };
  actions?: ReactNode;
}) {
  const { t } = useTranslation('designer');
  const language = useLanguage();
  const name = useDraft((s) => s.definition.name);
  const { undo, redo } = useDraftActions();
  const { canUndo, canRedo } = useHistory();
  // Undo and redo anywhere in the editor, text fields included (their typing is part of the draft's history);
  // a control with its own undo (the raw JSON view) handles the key first.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const name = shortcutOf(event);
      if (name !== 'undo' && name !== 'redo') return;
      event.preventDefault();
      if (name === 'undo') undo();
      else redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);
  return (
    <div className="mc-editor-bar">
      <div className="mc-editor-title">
        <LinkButton to="/" type="link" size="small" className="mc-editor-back">
          {t('editor.back')}
        </LinkButton>
        <Typography.Title level={1} className="mc-editor-name">
          {name?.[language] || version.procedureCode}
        </Typography.Title>
        <span className="mc-editor-facts">
          {t('procedures.version', { version: version.version })}
          <Tag color={STATUS_TONES[version.status]}>{t(`status.${version.status}`)}</Tag>
          <SaveStatus />
        </span>
      </div>
      <div className="mc-editor-tools" role="toolbar" aria-label={t('editor.toolbar')}>
        <Tooltip title={`${t('editor.undo')} (${shortcutText('undo')})`}>
          <Button icon={<UndoOutlined />} disabled={!canUndo} onClick={undo} aria-label={t('editor.undo')} />
        </Tooltip>
        <Tooltip title={`${t('editor.redo')} (${shortcutText('redo')})`}>
          <Button icon={<RedoOutlined />} disabled={!canRedo} onClick={redo} aria-label={t('editor.redo')} />
        </Tooltip>
        {actions}
      </div>
    </div>
  );
}
