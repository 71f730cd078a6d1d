/**
 * A new procedure, from scratch or as a copy of another one: a dialog asking its code, names, sector, unit and
 * level, each checked as it is left with a message in plain words; a code already taken is told before sending.
 * A refusal from the server is shown in the dialog (on its field when it names one), what was typed stays.
 */
import { useMutation } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { queryClient, trpc, trpcClient } from '../../runtime/web/api/client.ts';
import { serverError } from '../../runtime/web/api/errors.ts';
import { ErrorAlert } from '../../runtime/web/shell/ErrorAlert.tsx';
import { useLanguage } from '../../runtime/web/shell/language.ts';
import type { Level } from '../../schemas/procedure.ts';
import { plainSearch } from '../../runtime/web/form/widgets/choice.tsx';
import { useLevelOptions, useSectorOptions, useUnitOptions } from './choices.ts';
import type { DesignEntry } from './types.ts';

/** The definition language's procedure code (schemas/procedure.schema.json). */
const CODE = /^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$/;
const NAME_MAX = 400;

interface Values {
  code: string;
  nameVi: string;
  nameEn: string;
  sector: string;
  unit: string;
  level: Level;
}

/** A copy starts from the source's live version (else its latest), named as a copy. */
export interface CopySource {
  procedure: DesignEntry;
  versionId: string;
  version: number;
}

async function codeTaken(code: string): Promise<boolean> {
  const found = await queryClient.fetchQuery({
    ...trpc.designer.procedures.queryOptions({ q: code, limit: 100 }),
    staleTime: 0,
  });
  return found.items.some((p) => p.code === code);
}

/** The form field a server error is about, from the last step of its path. */
function fieldOf(path: string | undefined): keyof Values | undefined {
  const last = path?.split('/').pop();
  if (last === 'name' || last === 'vi') return 'nameVi';
  if (last === 'en') return 'nameEn';
  return last === 'code' || last === 'sector' || last === 'unit' || last === 'level' ? last : undefined;
}

export function ProcedureDialog({
  copy,
  sectorsInUse,
  onClose,
}: {
  copy?: CopySource;
  sectorsInUse: readonly string[];
  onClose: () => void;
}) {
  const { t } = useTranslation('designer');
  const language = useLanguage();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const sectors = useSectorOptions(sectorsInUse);
  const units = useUnitOptions();
  const levels = useLevelOptions();
  const create = useMutation({
    mutationFn: async (v: Values) => {
      const name = { vi: v.nameVi.trim(), en: v.nameEn.trim() };
      const own = { code: v.code.trim(), name, sector: v.sector, unit: v.unit, level: v.level };
      if (!copy) return trpcClient.designer.createDraft.mutate({ scratch: own });
      const source = await trpcClient.designer.version.query({ id: copy.versionId });
      return trpcClient.designer.createDraft.mutate({ definition: { ...source.definition, ...own } });
    },
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: trpc.designer.procedures.pathKey() });
      void navigate(`/versions/${created.id}`);
    },
    onError: (error) => {
      const body = serverError(error);
      const field = fieldOf(body?.path);
      if (body && field) form.setFields([{ name: field, errors: [body.message[language]] }]);
    },
  });

  const source = copy?.procedure;
  const initial: Partial<Values> = source
    ? {
        nameVi: `${source.name.vi} (bản sao)`,
        nameEn: `${source.name.en} (copy)`,
        sector: source.sector || undefined,
        unit: source.unit || undefined,
        level: (source.level || 'partial_online') as Level,
      }
    : { level: 'partial_online' };
  const required = (field: keyof Values) => ({
    required: true,
    whitespace: true,
    message: t(`create.required.${field}`),
  });

  return (
    <Modal
      open
      title={source ? t('create.copyTitle', { name: source.name[language] }) : t('create.title')}
      okText={source ? t('create.copySubmit') : t('create.submit')}
      cancelText={t('create.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      maskClosable={false}
      width={560}
      destroyOnHidden
    >
      <Alert
        type="info"
        className="mc-gap"
        title={source ? t('create.copyIntro', { version: copy.version }) : t('create.intro')}
      />
      {create.isError && (
        <div className="mc-gap">
          <ErrorAlert error={create.error} title={t('create.failed')} />
        </div>
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(values) => create.mutate(values)}
        validateTrigger={['onBlur', 'onChange']}
        requiredMark
      >
        <Form.Item
          name="code"
          label={t('create.code')}
          extra={t('create.codeHelp')}
          validateFirst
          rules={[
            required('code'),
            { pattern: CODE, message: t('create.codePattern') },
            {
              validateTrigger: 'onBlur',
              validator: async (_, value: string) => {
                if (value && (await codeTaken(value.trim()))) {
                  throw new Error(t('create.codeTaken', { code: value.trim() }));
                }
              },
            },
          ]}
        >
          <Input autoFocus autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="nameVi"
          label={t('create.nameVi')}
          rules={[required('nameVi'), { max: NAME_MAX, message: t('create.nameLong') }]}
        >
          <Input lang="vi" />
        </Form.Item>
        <Form.Item
          name="nameEn"
          label={t('create.nameEn')}
          extra={t('create.nameEnHelp')}
          rules={[required('nameEn'), { max: NAME_MAX, message: t('create.nameLong') }]}
        >
          <Input lang="en" />
        </Form.Item>
        <Form.Item name="sector" label={t('create.sector')} rules={[required('sector')]}>
          <Select options={sectors} showSearch={plainSearch} />
        </Form.Item>
        <Form.Item name="unit" label={t('create.unit')} rules={[required('unit')]}>
          <Select options={units} showSearch={plainSearch} />
        </Form.Item>
        <Form.Item name="level" label={t('create.level')} rules={[required('level')]}>
          <Radio.Group options={levels} className="mc-levels" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
