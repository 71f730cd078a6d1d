/**
 * The engine's lint over the draft, live: at once on opening, then a moment after the changes stop. It runs in a
 * worker, so the page never waits for it: it compiles the form's schema, and a 300-step process with its form
 * takes about 150 ms — a stall after every edit, and a slower first picture, were it on the page's thread. Where
 * a worker cannot start, it runs on the page's thread as before.
 */
import { useEffect, useRef, useState } from 'react';
import { lint, type Problem } from '../../runtime/engine/index.ts';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { useDraft } from './hooks.ts';

const LINT_DELAY_MS = 300;

export interface LintRequest {
  id: number;
  definition: ProcedureDefinition;
}

interface Asked {
  definition: ProcedureDefinition;
  answer(problems: Problem[]): void;
}

/** The page's one lint worker; null once it failed (the page's thread lints instead). */
let worker: Worker | null | undefined;
let last = 0;
const waiting = new Map<number, Asked>();

function lintWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./lint.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<{ id: number; problems: Problem[] }>) => {
    waiting.get(event.data.id)?.answer(event.data.problems);
    waiting.delete(event.data.id);
  };
  worker.onerror = () => {
    worker?.terminate();
    worker = null;
    for (const { definition, answer } of waiting.values()) answer(lint(definition));
    waiting.clear();
  };
  return worker;
}

/** Each version of the draft is linted once, however many tabs (kept mounted) ask for its problems. */
const lints = new WeakMap<ProcedureDefinition, Promise<Problem[]>>();

function lintOnce(definition: ProcedureDefinition): Promise<Problem[]> {
  let problems = lints.get(definition);
  if (!problems) lints.set(definition, (problems = lintOffThread(definition)));
  return problems;
}

function lintOffThread(definition: ProcedureDefinition): Promise<Problem[]> {
  const linter = lintWorker();
  if (!linter) return Promise.resolve(lint(definition));
  const id = ++last;
  return new Promise((answer) => {
    waiting.set(id, { definition, answer });
    linter.postMessage({ id, definition } satisfies LintRequest);
  });
}

export interface Linted {
  definition: ProcedureDefinition;
  problems: readonly Problem[];
}

/** The draft's problems with the definition they are of (none until the first lint answers). */
export function useDraftLint(): Linted | undefined {
  const definition = useDraft((s) => s.definition);
  const [linted, setLinted] = useState<Linted>();
  const opened = useRef(false);
  useEffect(() => {
    let current = true;
    const delay = opened.current ? LINT_DELAY_MS : 0;
    opened.current = true;
    const timer = setTimeout(
      () => void lintOnce(definition).then((problems) => current && setLinted({ definition, problems })),
      delay,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [definition]);
  return linted;
}
