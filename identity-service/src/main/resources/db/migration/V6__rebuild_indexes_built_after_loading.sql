-- A rebuild loads the journey copy without its indexes and builds them once the copy is nearly full
-- (rebuild_index, called before the switch): one index build is far cheaper than keeping three
-- indexes up row by row. Nothing reads the journey copy while it loads, and its unique event id holds
-- anyway: the rebuild applies each event once (rebuild.processed_event, which keeps its key, says which
-- are new) and an event makes at most one entry. The relationship copy keeps its indexes: the load
-- looks rows up by subject and id, and a row breaking its unique key fails its own record, not the
-- whole rebuild.
CREATE OR REPLACE PROCEDURE rebuild_prepare() SET client_min_messages = warning AS $$
BEGIN
    DROP SCHEMA IF EXISTS rebuild CASCADE;
    CREATE SCHEMA rebuild;
    CREATE TABLE rebuild.journey_entry (LIKE public.journey_entry INCLUDING ALL EXCLUDING INDEXES);
    CREATE TABLE rebuild.care_relationship (LIKE public.care_relationship INCLUDING ALL);
    CREATE TABLE rebuild.organisation_sector (LIKE public.organisation_sector INCLUDING ALL);
    CREATE TABLE rebuild.processed_event (LIKE public.processed_event INCLUDING ALL);
END;
$$ LANGUAGE plpgsql;

-- Gives each copy every index of its live table that it lacks, defined as the live one (a primary key or
-- unique constraint through its constraint, under its live name), so rebuild_swap_in pairs them by shape
-- and the swapped-in table has the live table's indexes and constraints, names included.
CREATE PROCEDURE rebuild_index() SET client_min_messages = warning AS $$
DECLARE
    live record;
BEGIN
    FOR live IN
        SELECT tbl.relname AS table_name, live_index.indexrelid AS index_oid, con.oid AS constraint_oid,
               con.conname AS constraint_name
        FROM pg_index live_index
        JOIN pg_class tbl ON tbl.oid = live_index.indrelid
        LEFT JOIN pg_constraint con ON con.conindid = live_index.indexrelid AND con.conrelid = tbl.oid
        WHERE tbl.relnamespace = 'public'::regnamespace
          AND tbl.relname IN ('journey_entry', 'care_relationship', 'organisation_sector', 'processed_event')
          AND NOT EXISTS (
              SELECT 1 FROM pg_index copy_index
              WHERE copy_index.indrelid = format('rebuild.%I', tbl.relname)::regclass
                AND rebuild_index_shape(copy_index.indexrelid) = rebuild_index_shape(live_index.indexrelid))
    LOOP
        IF live.constraint_oid IS NOT NULL THEN
            EXECUTE format('ALTER TABLE rebuild.%I ADD CONSTRAINT %I %s', live.table_name, live.constraint_name,
                    pg_get_constraintdef(live.constraint_oid));
        ELSE
            EXECUTE regexp_replace(pg_get_indexdef(live.index_oid), '^CREATE (UNIQUE )?INDEX \S+ ON \S+ ',
                    format('CREATE \1INDEX ON rebuild.%I ', live.table_name));
        END IF;
    END LOOP;
END;
$$ LANGUAGE plpgsql;
