-- The audit log as several hash chains (server/store/chain.ts): one per unit (`unit:<code>`), `system` for actions
-- of no unit, and `legacy`: the one global chain written before this migration, kept as it was (same seqs, same
-- hashes; its records have no `chain` member) and closed. Each chain has its own seq and its own lock, so writes
-- for different units never wait on each other. Periodic anchors (server/store/anchors.ts) chain the heads.
CREATE TABLE "audit_anchors" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"at" bigint NOT NULL,
	"heads" jsonb NOT NULL,
	"dossiers" jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "chain" text NOT NULL DEFAULT 'legacy';--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "chain" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_pkey";--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_chain_seq_pk" PRIMARY KEY("chain","seq");--> statement-breakpoint
-- A chain's advisory lock key: the first 64 bits of sha256('motcua.audit:' || chain), signed.
CREATE FUNCTION motcua_audit_lock_key(p_chain text) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$
	SELECT ('x' || left(encode(sha256(convert_to('motcua.audit:' || p_chain, 'UTF8')), 'hex'), 16))::bit(64)::bigint
$$;
--> statement-breakpoint
-- Appends to the audit entry's chain (`chain` in p_audit), last in the transaction: the chain's lock is held until
-- commit.
CREATE OR REPLACE FUNCTION motcua_append_audit(p_audit jsonb, p_text_tail text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	v_chain text := p_audit ->> 'chain';
	tail record;
	next_seq bigint;
	prev text;
BEGIN
	PERFORM pg_advisory_xact_lock(motcua_audit_lock_key(v_chain));
	SELECT seq, hash INTO tail FROM audit_log WHERE chain = v_chain ORDER BY seq DESC LIMIT 1;
	next_seq := coalesce(tail.seq, 0) + 1;
	prev := coalesce(tail.hash, repeat('0', 64));
	INSERT INTO audit_log SELECT * FROM jsonb_populate_record(NULL::audit_log, p_audit || jsonb_build_object(
		'seq', next_seq,
		'prev_hash', prev,
		'hash', encode(sha256(convert_to(prev || (p_audit ->> 'text_head') || next_seq || p_text_tail, 'UTF8')), 'hex')));
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION motcua_count_reference_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
	-- The reference lock first (taken up front by the unit tree's changes and the set-up, server/store/units.ts):
	-- the stamp's row is then always locked after it, and both before any audit chain's lock (appended last), so
	-- writers cannot deadlock on them.
	PERFORM pg_advisory_xact_lock(7260302);
	UPDATE "settings" SET "updated_at" = "updated_at" + 1 WHERE "key" = 'reference';
	RETURN NULL;
END $$;
