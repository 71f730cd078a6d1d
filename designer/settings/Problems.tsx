/** The lint problems about one part of the definition, shown beside it in the clerk's language. */
import { Alert } from 'antd';
import type { Problem } from '../../runtime/engine/index.ts';
import { problemsAt } from './useProblems.ts';
import { useSettingsWords } from './words.ts';

export function Problems({ problems, path }: { problems: readonly Problem[]; path: string }) {
  const { pick } = useSettingsWords();
  const here = problemsAt(problems, path);
  if (here.length === 0) return null;
  return (
    <div className="mc-settings-problems">
      {here.map((p) => (
        <Alert
          key={`${p.code}${p.path}`}
          type={p.severity === 'error' ? 'error' : 'warning'}
          showIcon
          title={pick(p.message)}
        />
      ))}
    </div>
  );
}
