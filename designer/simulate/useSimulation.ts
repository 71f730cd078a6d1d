/**
 * The state of one simulation in the page: the run (a scenario) on the draft as it is now, replayed by the engine
 * whenever the run or the draft changes, and the calendar of the server that times it.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import {
  checkCalendar,
  type AvailableAction,
  type Calendar,
  type EngineError,
  type Scenario,
} from '../../runtime/engine/index.ts';
import { trpc } from '../../runtime/web/api/client.ts';
import { useDraft } from '../draft/hooks.ts';
import { advance, type Advance } from './clock.ts';
import { offers, replay, takeStep, undoStep } from './run.ts';

export function useSimulation() {
  const definition = useDraft((s) => s.definition);
  // The province's calendar: the run is timed as live dossiers are, and a saved scenario keeps it.
  const calendarSpec = useQuery(trpc.calendar.get.queryOptions());
  const [run, setRun] = useState<Scenario>();
  // Kept after "start again": the clerk changes one answer rather than typing them all anew.
  const [lastSubmit, setLastSubmit] = useState<Scenario['submit']>();
  const [refused, setRefused] = useState<EngineError>();
  const [wait, setWait] = useState<Advance>({ value: 1, unit: 'working_hours' });

  const calendar = useMemo((): Calendar | undefined => {
    const checked = checkCalendar(calendarSpec.data?.spec);
    return checked.ok ? checked.calendar : undefined;
  }, [calendarSpec.data]);
  const replayed = useMemo(() => run && replay(definition, run), [definition, run]);
  const dossier = replayed?.result.ok ? replayed.result.dossier : undefined;
  const nextAt = replayed && calendar ? advance(calendar, replayed.now, wait) : undefined;
  const offered = useMemo(
    () =>
      dossier && calendar && nextAt !== undefined ? offers(definition, dossier, nextAt, calendar) : undefined,
    [definition, dossier, calendar, nextAt],
  );

  return {
    definition,
    ready: calendar !== undefined,
    calendar,
    /** The calendar could not be fetched: nothing can be timed. */
    calendarError: calendarSpec.error,
    run,
    replayed,
    dossier,
    offered,
    nextAt,
    wait,
    setWait,
    /** A step the engine refused (its input): not added to the run. */
    refused,
    lastSubmit,
    start(submit: Scenario['submit']) {
      const spec = calendarSpec.data?.spec;
      setRefused(undefined);
      setLastSubmit(submit);
      setRun({ ...(spec && Object.keys(spec).length > 0 ? { calendar: spec } : {}), submit, steps: [] });
    },
    act(offer: AvailableAction, input: Record<string, unknown>) {
      if (!run || nextAt === undefined) return;
      const next = takeStep(run, offer, nextAt, input);
      const result = replay(definition, next).result;
      setRefused(result.ok ? undefined : result.error);
      if (result.ok) setRun(next);
    },
    undo: () => (setRefused(undefined), setRun(run && undoStep(run))),
    restart: () => (setRefused(undefined), setRun(undefined)),
  };
}

export type Simulation = ReturnType<typeof useSimulation>;
