/**
 * Importing a procedure bundle from a file: the browser's own file picker; the file becomes a draft (the server
 * keeps a draft with lint problems and lists them: shown here before the editor opens), and a file that is not a
 * bundle is told why in the clerk's language.
 */
import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Modal, Tag } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { queryClient, trpc, trpcClient } from '../../runtime/web/api/client.ts';
import { ErrorAlert } from '../../runtime/web/shell/ErrorAlert.tsx';
import { useLanguage } from '../../runtime/web/shell/language.ts';
import { TONES } from '../../runtime/web/shell/tones.ts';
import type { CreatedVersion } from './types.ts';

export function ImportBundle() {
  const { t } = useTranslation('designer');
  const language = useLanguage();
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState('');
  const open = (created: CreatedVersion) => void navigate(`/versions/${created.id}`);
  const imported = useMutation({
    mutationFn: async (chosen: File) => {
      setFile(chosen.name);
      // The server reads the text: it tells a file that is not JSON, or not a bundle, in both languages.
      return trpcClient.designer.createDraft.mutate({ bundle: await chosen.text() });
    },
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: trpc.designer.procedures.pathKey() });
      if (created.problems.length === 0) open(created);
    },
  });
  const created = imported.data;

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={t('import.choose')}
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          event.target.value = ''; // the same file can be chosen again after fixing it
          if (chosen) imported.mutate(chosen);
        }}
      />
      <Button
        icon={<UploadOutlined aria-hidden />}
        loading={imported.isPending}
        onClick={() => input.current?.click()}
      >
        {t('actions.import')}
      </Button>
      {imported.isError && (
        <div className="mc-import-error">
          <ErrorAlert error={imported.error} title={t('import.failed', { file })} />
        </div>
      )}
      {created && created.problems.length > 0 && (
        <Modal
          open
          title={t('import.done')}
          okText={t('import.open')}
          cancelText={t('import.close')}
          onOk={() => open(created)}
          onCancel={() => imported.reset()}
          width={640}
        >
          <p>
            {t('import.doneBody', {
              file,
              version: created.version,
              name: created.name[language],
              code: created.procedureCode,
            })}
          </p>
          <p>{t('import.problems', { count: created.problems.length })}</p>
          <ul className="mc-import-problems">
            {created.problems.map((problem, i) => (
              <li key={i}>
                <Tag color={problem.severity === 'error' ? TONES.danger : TONES.warning}>
                  {t(`import.${problem.severity}`)}
                </Tag>
                {problem.message[language]}
                {/* Where it is, for the clerk who opens the raw view (many problems share a message). */}
                {problem.path && <code className="mc-problem-path">{problem.path}</code>}
              </li>
            ))}
          </ul>
        </Modal>
      )}
    </>
  );
}
