-- A projection rebuild writes into empty copies of the projection tables in the schema "rebuild"
-- (the handlers' replay mode, in bulk per chunk; owned data in public is not touched) and swaps them
-- in for the live tables in one transaction when it has caught up.

-- Empty copies of the projections (and of processed_event, which says which replayed events are new)
-- with every column, default, constraint and index of the live tables as the migrations left them.
CREATE PROCEDURE rebuild_prepare() SET client_min_messages = warning AS $$
BEGIN
    DROP SCHEMA IF EXISTS rebuild CASCADE;
    CREATE SCHEMA rebuild;
    CREATE TABLE rebuild.journey_entry (LIKE public.journey_entry INCLUDING ALL);
    CREATE TABLE rebuild.care_relationship (LIKE public.care_relationship INCLUDING ALL);
    CREATE TABLE rebuild.organisation_sector (LIKE public.organisation_sector INCLUDING ALL);
    CREATE TABLE rebuild.processed_event (LIKE public.processed_event INCLUDING ALL);
END;
$$ LANGUAGE plpgsql;

-- An index definition without its own name and its table's, to pair a live index with its copy.
CREATE FUNCTION rebuild_index_shape(index_oid oid) RETURNS text AS $$
    SELECT regexp_replace(pg_get_indexdef(index_oid), '^CREATE (UNIQUE )?INDEX \S+ ON \S+ ', 'CREATE \1INDEX ON ');
$$ LANGUAGE sql STABLE;

-- Replaces public.<tbl> by rebuild.<tbl>; the copy's indexes (and the constraints they back) take
-- the live ones' names, so later migrations that name them still work.
CREATE FUNCTION rebuild_swap_in(tbl text) RETURNS void AS $$
DECLARE
    pair record;
    live_names text[] := '{}';
    temporary_names text[] := '{}';
    n int := 0;
BEGIN
    FOR pair IN
        SELECT live.relname AS live_name, copy.relname AS copy_name
        FROM pg_index live_index
        JOIN pg_class live ON live.oid = live_index.indexrelid
        JOIN pg_index copy_index ON copy_index.indrelid = format('rebuild.%I', tbl)::regclass
            AND rebuild_index_shape(copy_index.indexrelid) = rebuild_index_shape(live_index.indexrelid)
        JOIN pg_class copy ON copy.oid = copy_index.indexrelid
        WHERE live_index.indrelid = format('public.%I', tbl)::regclass
    LOOP
        n := n + 1;
        -- a temporary name first, so no copy's name can clash with another's final name
        EXECUTE format('ALTER INDEX rebuild.%I RENAME TO %I', pair.copy_name, 'rebuild_swap_' || tbl || '_' || n);
        live_names := live_names || pair.live_name::text;
        temporary_names := temporary_names || ('rebuild_swap_' || tbl || '_' || n);
    END LOOP;
    EXECUTE format('DROP TABLE public.%I', tbl);
    EXECUTE format('ALTER TABLE rebuild.%I SET SCHEMA public', tbl);
    FOR i IN 1 .. n LOOP
        EXECUTE format('ALTER INDEX public.%I RENAME TO %I', temporary_names[i], live_names[i]);
    END LOOP;
END;
$$ LANGUAGE plpgsql;

-- (client_min_messages: the notices of DROP ... CASCADE are expected, not worth a log line.)

-- The switch, run by the rebuild holding the locks that pause the live consumer: what the rebuild
-- applied counts as processed for the live consumer too (it may still be behind and get those
-- records again), then the rebuilt tables replace the live ones.
CREATE PROCEDURE rebuild_switch() SET client_min_messages = warning AS $$
BEGIN
    INSERT INTO public.processed_event (consumer, event_id, processed_at)
        SELECT consumer, event_id, processed_at FROM rebuild.processed_event
        ON CONFLICT DO NOTHING;
    PERFORM rebuild_swap_in('journey_entry');
    PERFORM rebuild_swap_in('care_relationship');
    PERFORM rebuild_swap_in('organisation_sector');
    DROP SCHEMA rebuild CASCADE;
END;
$$ LANGUAGE plpgsql;

CREATE PROCEDURE rebuild_discard() SET client_min_messages = warning AS $$
BEGIN
    DROP SCHEMA IF EXISTS rebuild CASCADE;
END;
$$ LANGUAGE plpgsql;
