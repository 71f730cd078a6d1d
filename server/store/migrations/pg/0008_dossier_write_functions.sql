-- A dossier's transaction in one round trip (server/store/pg-dossier-writes.ts): a submission and a state change
-- each run as one call of a function, in the statement's own transaction. The rows come as one jsonb argument keyed
-- by column name; the hashes of the event and audit chains are computed here as the store computes them
-- (server/store/chain.ts): sha256, in hex, of the previous hash followed by the record's canonical JSON, which the
-- caller writes out except for what only this transaction knows (the sequence number, the audit seq). Errors the
-- store turns into its own: MC001 idempotency key claimed, MC002 attachments taken, MC003 revision conflict (the
-- current revision in DETAIL), MC004 timer already fired, MC005 payment order settled.
-- Appends a dossier's new events after its last one (none when `p_fresh`: the dossier is being created).
CREATE FUNCTION motcua_append_events(p_dossier_id text, p_events jsonb, p_texts jsonb, p_fresh boolean) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	prev text;
	chained jsonb := '[]';
	i integer;
BEGIN
	IF jsonb_array_length(p_events) = 0 THEN
		RETURN;
	END IF;
	IF NOT p_fresh THEN
		SELECT hash INTO prev FROM dossier_events WHERE dossier_id = p_dossier_id ORDER BY seq DESC LIMIT 1;
	END IF;
	prev := coalesce(prev, repeat('0', 64));
	FOR i IN 0 .. jsonb_array_length(p_events) - 1 LOOP
		chained := chained || jsonb_build_array(p_events -> i || jsonb_build_object(
			'dossier_id', p_dossier_id,
			'prev_hash', prev,
			'hash', encode(sha256(convert_to(prev || (p_texts ->> i), 'UTF8')), 'hex')));
		prev := chained -> i ->> 'hash';
	END LOOP;
	INSERT INTO dossier_events SELECT * FROM jsonb_populate_recordset(NULL::dossier_events, chained);
END
$$;
--> statement-breakpoint
CREATE FUNCTION motcua_write_timers(p_timers jsonb) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	change jsonb;
BEGIN
	FOR change IN SELECT jsonb_array_elements(p_timers) LOOP
		IF change ? 'clear' THEN
			DELETE FROM timers WHERE id = change ->> 'clear';
		ELSE
			-- A timer set again (a new schedule) is unfired and unleased.
			INSERT INTO timers SELECT * FROM jsonb_populate_record(NULL::timers, change -> 'set')
			ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, fire_at = excluded.fire_at, lease_until = NULL,
				leased_by = NULL, fired_at = NULL;
		END IF;
	END LOOP;
END
$$;
--> statement-breakpoint
-- Appends to the global audit chain, last in the transaction: its lock is held until commit.
CREATE FUNCTION motcua_append_audit(p_audit jsonb, p_text_tail text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	tail record;
	next_seq bigint;
	prev text;
BEGIN
	PERFORM pg_advisory_xact_lock(7260302);
	SELECT seq, hash INTO tail FROM audit_log ORDER BY seq DESC LIMIT 1;
	next_seq := coalesce(tail.seq, 0) + 1;
	prev := coalesce(tail.hash, repeat('0', 64));
	INSERT INTO audit_log SELECT * FROM jsonb_populate_record(NULL::audit_log, p_audit || jsonb_build_object(
		'seq', next_seq,
		'prev_hash', prev,
		'hash', encode(sha256(convert_to(prev || (p_audit ->> 'text_head') || next_seq || p_text_tail, 'UTF8')), 'hex')));
END
$$;
--> statement-breakpoint
-- A submission; returns the dossier's code.
CREATE FUNCTION motcua_create_dossier(p jsonb) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	n integer;
	digits text;
	code text;
	code_json text;
	linked integer;
	v_id text := p -> 'dossier' ->> 'id';
BEGIN
	INSERT INTO dossier_sequences AS s (unit_code, day, last) VALUES (p ->> 'unit', p ->> 'day', 1)
	ON CONFLICT (unit_code, day) DO UPDATE SET last = s.last + 1 RETURNING last INTO n;
	-- dossierCode(): four digits at least.
	digits := CASE WHEN n < 10000 THEN lpad(n::text, 4, '0') ELSE n::text END;
	code := (p ->> 'code_head') || digits;
	code_json := (p ->> 'code_json_head') || digits || '"';
	IF p ? 'idempotency' THEN
		-- The key is claimed together with its answer; a concurrent request with the same key waits here.
		INSERT INTO idempotency_keys SELECT * FROM jsonb_populate_record(NULL::idempotency_keys,
			(p -> 'idempotency') || jsonb_build_object('response', replace(p ->> 'response', p ->> 'code_placeholder', code_json)::jsonb))
		ON CONFLICT DO NOTHING;
		IF NOT FOUND THEN
			RAISE EXCEPTION 'motcua: idempotency key claimed' USING ERRCODE = 'MC001';
		END IF;
	END IF;
	INSERT INTO dossiers SELECT * FROM jsonb_populate_record(NULL::dossiers,
		(p -> 'dossier') || jsonb_build_object('code', code, 'revision', 1));
	IF p ? 'attachments' THEN
		UPDATE attachments SET dossier_id = v_id
		WHERE id IN (SELECT jsonb_array_elements_text(p -> 'attachments' -> 'ids'))
			AND owner_id = p -> 'attachments' ->> 'owner_id' AND dossier_id IS NULL;
		GET DIAGNOSTICS linked = ROW_COUNT;
		IF linked <> jsonb_array_length(p -> 'attachments' -> 'ids') THEN
			RAISE EXCEPTION 'motcua: an attachment is no longer free to link' USING ERRCODE = 'MC002';
		END IF;
	END IF;
	IF p ? 'draft' THEN
		DELETE FROM form_drafts WHERE user_id = p -> 'draft' ->> 'user_id'
			AND procedure_code = p -> 'draft' ->> 'procedure_code';
	END IF;
	PERFORM motcua_append_events(v_id, p -> 'events', p -> 'event_texts', true);
	INSERT INTO tasks SELECT * FROM jsonb_populate_recordset(NULL::tasks, p -> 'tasks');
	PERFORM motcua_write_timers(p -> 'timers');
	INSERT INTO outbox SELECT * FROM jsonb_populate_recordset(NULL::outbox, p -> 'outbox');
	PERFORM motcua_append_audit(p -> 'audit' || jsonb_build_object('target', code), ',"target":' || code_json || '}');
	RETURN code;
END
$$;
--> statement-breakpoint
-- A state change of a dossier at the revision it was read at; returns the new revision.
CREATE FUNCTION motcua_commit_dossier(p jsonb) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
	v_id text := p ->> 'dossier_id';
	expected integer := (p ->> 'expected_revision')::integer;
	c jsonb := p -> 'columns';
	x dossiers := jsonb_populate_record(NULL::dossiers, p -> 'columns');
	current_revision integer;
	assignees jsonb;
BEGIN
	-- A column left out of `columns` keeps its value.
	UPDATE dossiers SET
		state = p -> 'state',
		revision = expected + 1,
		status = CASE WHEN c ? 'status' THEN x.status ELSE dossiers.status END,
		alert = CASE WHEN c ? 'alert' THEN x.alert ELSE dossiers.alert END,
		received_at = CASE WHEN c ? 'received_at' THEN x.received_at ELSE dossiers.received_at END,
		due_at = CASE WHEN c ? 'due_at' THEN x.due_at ELSE dossiers.due_at END,
		finished_at = CASE WHEN c ? 'finished_at' THEN x.finished_at ELSE dossiers.finished_at END,
		timing = CASE WHEN c ? 'timing' THEN x.timing ELSE dossiers.timing END
	WHERE id = v_id AND revision = expected;
	IF NOT FOUND THEN
		SELECT revision INTO current_revision FROM dossiers WHERE id = v_id;
		RAISE EXCEPTION 'motcua: revision conflict' USING ERRCODE = 'MC003', DETAIL = coalesce(current_revision::text, '');
	END IF;
	-- After the dossier row is ours: every writer locks the dossier first, so timer and dossier never deadlock.
	IF p ? 'firing' THEN
		UPDATE timers SET fired_at = (p ->> 'at')::bigint
		WHERE id = p -> 'firing' ->> 'timer_id' AND fire_at = (p -> 'firing' ->> 'fire_at')::bigint AND fired_at IS NULL;
		IF NOT FOUND THEN
			RAISE EXCEPTION 'motcua: timer already fired' USING ERRCODE = 'MC004';
		END IF;
	END IF;
	IF p ? 'settles' THEN
		UPDATE payment_orders SET status = 'paid', transaction_no = p -> 'settles' ->> 'transaction_no',
			settled_at = (p ->> 'at')::bigint
		WHERE id = p -> 'settles' ->> 'order_id' AND status = 'pending';
		IF NOT FOUND THEN
			RAISE EXCEPTION 'motcua: payment order settled' USING ERRCODE = 'MC005';
		END IF;
	END IF;
	PERFORM motcua_append_events(v_id, p -> 'events', p -> 'event_texts', false);
	-- The open-task projection, rebuilt; who a task was assigned to survives while it stays open.
	WITH gone AS (DELETE FROM tasks WHERE dossier_id = v_id RETURNING task_id, assignee_id)
	SELECT coalesce(jsonb_object_agg(task_id, assignee_id), '{}') INTO assignees FROM gone;
	INSERT INTO tasks SELECT * FROM jsonb_populate_recordset(NULL::tasks,
		(SELECT coalesce(jsonb_agg(t || jsonb_build_object('assignee_id', assignees -> (t ->> 'task_id'))), '[]')
		FROM jsonb_array_elements(p -> 'tasks') t));
	PERFORM motcua_write_timers(p -> 'timers');
	INSERT INTO outbox SELECT * FROM jsonb_populate_recordset(NULL::outbox, p -> 'outbox');
	INSERT INTO payments SELECT * FROM jsonb_populate_recordset(NULL::payments, p -> 'payments');
	INSERT INTO attachments SELECT * FROM jsonb_populate_recordset(NULL::attachments, p -> 'result_files');
	INSERT INTO dossier_results SELECT * FROM jsonb_populate_recordset(NULL::dossier_results, p -> 'results');
	PERFORM motcua_append_audit(p -> 'audit', p ->> 'audit_text_tail');
	RETURN expected + 1;
END
$$;
