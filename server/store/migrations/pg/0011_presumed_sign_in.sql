-- A submission whose caller's sign-in the server did not read first (server/store/presumed.ts) carries it as
-- `sign_in`: {token_hash, reference_stamp, at}. Before anything is written, the session must still be open at `at`,
-- its user enabled, and the reference stamp unchanged; else MC006, and the server reads the sign-in and runs the
-- request again. The submission itself is the function as it was, under a new name.
ALTER FUNCTION motcua_create_dossier(jsonb) RENAME TO motcua_insert_dossier;
--> statement-breakpoint
CREATE FUNCTION motcua_create_dossier(p jsonb) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	s jsonb := p -> 'sign_in';
BEGIN
	IF s IS NOT NULL AND NOT EXISTS (
		SELECT FROM sessions JOIN users ON users.id = sessions.user_id
		WHERE sessions.token_hash = s ->> 'token_hash'
			AND sessions.expires_at > (s ->> 'at')::bigint
			AND NOT users.disabled
			AND (SELECT updated_at FROM settings WHERE key = 'reference') = (s ->> 'reference_stamp')::bigint
	) THEN
		RAISE EXCEPTION 'motcua: the sign-in or the reference data changed' USING ERRCODE = 'MC006';
	END IF;
	RETURN motcua_insert_dossier(p);
END
$$;
