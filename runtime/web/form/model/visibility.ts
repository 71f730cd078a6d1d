/**
 * The UI schema's `visibleIf` rules, judged by the engine (`fieldVisibility`), as the server judges them. Rules are
 * read again only after a change to a field they name (their inputs, from the engine's `ruleVariables`), so a
 * keystroke in any other field costs nothing here.
 */
import type { FormDefinition } from '../../../../schemas/procedure.ts';
import { dotPath, fieldVisibility, ruleVariables, type IsVisible } from '../../../engine/index.ts';

const everyField: IsVisible = () => true;

/** Whether one dot path lies on the other's line (equal, above or below): a change to one can change the other. */
function related(a: string, b: string): boolean {
  return a === b || a.startsWith(b + '.') || b.startsWith(a + '.') || a === '' || b === '';
}

export class Visibility {
  /** The fields that have a rule (dot paths, as the UI schema keys them). */
  readonly ruled: readonly string[];
  private readonly inputs: readonly string[];
  /** A rule that names no field literally (it computes its variable names) is read after every change. */
  private readonly readsAll: boolean;

  constructor(
    private readonly form: FormDefinition,
    private readonly now: () => number,
  ) {
    const rules = Object.entries(form.ui?.fields ?? {}).filter(([, f]) => f.visibleIf !== undefined);
    this.ruled = rules.map(([key]) => key);
    const inputs = rules.map(([, f]) => ruleVariables(f.visibleIf));
    this.inputs = [...new Set(inputs.flat())];
    this.readsAll = rules.some(([, f], i) => typeof f.visibleIf === 'object' && inputs[i].length === 0);
  }

  /** Whether a change at `path` (a pointer) may show or hide a field. */
  reads(path: string): boolean {
    if (this.ruled.length === 0) return false;
    if (this.readsAll) return true;
    const dot = dotPath(path);
    return this.inputs.some((input) => related(input, dot));
  }

  /**
   * Which fields are shown for `data`. A rule that fails to run (a bad value for its operator) hides nothing: the
   * person can still answer, and the server names the rule when the data is handed in.
   */
  judge(data: unknown): IsVisible {
    if (this.ruled.length === 0) return everyField;
    try {
      return fieldVisibility(this.form, data, { now: this.now() });
    } catch {
      return everyField;
    }
  }
}
