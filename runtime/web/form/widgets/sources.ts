/** Options from the host's data sources, asked for once per source and parent, shown in the language on screen. */
import { useEffect, useState } from 'react';
import type { DataSource, Language, SourceOption } from '../types.ts';

type Answer = SourceOption[] | Promise<SourceOption[]>;
const asked = new WeakMap<DataSource, Map<string, Answer>>();

function ask(source: DataSource, parent: string | undefined): Answer {
  let answers = asked.get(source);
  if (!answers) asked.set(source, (answers = new Map()));
  const key = parent ?? '';
  let answer = answers.get(key);
  if (!answer) {
    answer = source(parent);
    if (answer instanceof Promise) {
      const settled = answer.then((options) => {
        answers.set(key, options);
        return options;
      });
      // A failed request is asked again next time.
      settled.catch(() => answers.delete(key));
      answer = settled;
    }
    answers.set(key, answer);
  }
  return answer;
}

export interface SourceState {
  options: SourceOption[];
  loading: boolean;
  failed: boolean;
}

const NONE: SourceOption[] = [];

/** The options of `source` under `parent` (none while there is no source, or no parent when one is needed). */
export function useSourceOptions(
  source: DataSource | undefined,
  parent?: string,
  needsParent = false,
): SourceState {
  const skip = !source || (needsParent && !parent);
  const first = skip ? NONE : ask(source, parent);
  const [state, setState] = useState<{ key: unknown; options?: SourceOption[]; failed: boolean }>({
    key: first,
    failed: false,
  });
  useEffect(() => {
    if (!(first instanceof Promise)) return;
    let live = true;
    first.then(
      (options) => live && setState({ key: first, options, failed: false }),
      () => live && setState({ key: first, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [first]);
  if (Array.isArray(first)) return { options: first, loading: false, failed: false };
  const mine = state.key === first;
  return {
    options: (mine && state.options) || NONE,
    loading: !mine || (!state.options && !state.failed),
    failed: mine && state.failed,
  };
}

export const optionLabel = (o: SourceOption, language: Language): string =>
  typeof o.label === 'string' ? o.label : o.label[language];

export interface TreeOption {
  title: string;
  value: string;
  children?: TreeOption[];
}

/** antd's option shapes: flat for a Select, nested (title, value, children) for a TreeSelect. */
export function asTree(options: SourceOption[], language: Language): TreeOption[] {
  return options.map((o) => ({
    title: optionLabel(o, language),
    value: o.value,
    ...(o.children?.length ? { children: asTree(o.children, language) } : {}),
  }));
}
