/**
 * Ids are picked, never typed: a unit from the unit tree, a role, a step of the diagram, a dossier component —
 * whatever data source the field's widget or format names, offered by the host.
 */
import { Select, TreeSelect } from 'antd';
import type { Widget, WidgetProps } from '../types.ts';
import { inputProps } from './aria.ts';
import { asTree, optionLabel, useSourceOptions } from './sources.ts';
import { plainSearch } from './choice.tsx';

interface PickerProps extends WidgetProps {
  parent?: string;
  needsParent?: boolean;
}

/** A drop-down (a tree when the options nest) over a data source. */
export function SourcePicker(p: PickerProps) {
  const { options, loading, failed } = useSourceOptions(p.dataSource, p.parent, p.needsParent);
  const common = {
    ...inputProps(p),
    value: typeof p.value === 'string' ? p.value : undefined,
    placeholder:
      p.placeholder ??
      p.t(failed ? 'sourceFailed' : p.needsParent && !p.parent ? 'chooseParentFirst' : 'choose'),
    allowClear: !p.required,
    loading,
    disabled: p.disabled || (p.needsParent && !p.parent),
    notFoundContent: loading ? p.t('loading') : p.t('noOptions'),
    onChange: (value: string | undefined) => p.onChange(value ?? undefined),
  };
  if (options.some((o) => o.children?.length)) {
    return (
      <TreeSelect
        {...common}
        className="mc-select"
        treeData={asTree(options, p.language)}
        treeDefaultExpandAll
        showSearch
        treeNodeFilterProp="title"
      />
    );
  }
  return (
    <Select
      {...common}
      className="mc-select"
      showSearch={plainSearch}
      options={options.map((o) => ({ value: o.value, label: optionLabel(o, p.language) }))}
    />
  );
}

export const SourceWidget: Widget = (p) => <SourcePicker {...p} />;
