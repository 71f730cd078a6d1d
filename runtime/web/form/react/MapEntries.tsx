/**
 * The entries of an open map (additionalProperties, patternProperties): each entry a field named by its key, with
 * a button to remove it, and a key box with a button to add one.
 */
import { Button, Input } from 'antd';
import { useState } from 'react';
import { isPlainObject } from '../../../engine/index.ts';
import { childPath } from '../model/paths.ts';
import { startingValue } from '../schema/kind.ts';
import { isSchemaObject, type Resolved } from '../schema/resolve.ts';
import { fieldIds, useEnv } from './env.ts';

/** The schema of a map's entries, if the object is open to keys it does not declare. */
export function mapSchemaOf(r: Resolved): unknown {
  const extra = r.schema.additionalProperties;
  if (extra === true || isSchemaObject(extra)) return extra;
  const patterns = r.schema.patternProperties;
  if (isSchemaObject(patterns)) return Object.values(patterns)[0];
  return undefined;
}

export function MapEntries(p: { path: string; schema: unknown; value: unknown; declared: string[] }) {
  const env = useEnv();
  const { Field } = env;
  const { store, t } = env;
  const [key, setKey] = useState('');
  const keyId = `${fieldIds(env, p.path).input}-new-key`;
  const entries = isPlainObject(p.value) ? Object.keys(p.value).filter((k) => !p.declared.includes(k)) : [];
  const taken = key !== '' && (p.declared.includes(key) || entries.includes(key));
  const add = () => {
    if (key.trim() === '' || taken) return;
    store.set(childPath(p.path, key.trim()), startingValue(env.root, p.schema));
    setKey('');
  };
  return (
    <div className="mc-map">
      {entries.map((entry) => (
        <div key={entry} className="mc-map-entry">
          <Field
            path={childPath(p.path, entry)}
            schema={p.schema}
            required={false}
            name={entry}
            label={entry}
          />
          <Button onClick={() => store.set(childPath(p.path, entry), undefined)}>
            {t('map.remove', { key: entry })}
          </Button>
        </div>
      ))}
      <div className="mc-map-add">
        <label htmlFor={keyId} className="mc-field-label">
          {t('map.newKey')}
        </label>
        <div className="mc-map-add-row">
          <Input
            id={keyId}
            value={key}
            status={taken ? 'error' : undefined}
            aria-invalid={taken || undefined}
            onChange={(e) => setKey(e.target.value)}
            onPressEnter={(e) => {
              e.preventDefault();
              add();
            }}
          />
          <Button onClick={add} disabled={key.trim() === '' || taken}>
            {t('map.add')}
          </Button>
        </div>
        {taken && <div className="mc-field-error">{t('map.taken')}</div>}
      </div>
    </div>
  );
}
