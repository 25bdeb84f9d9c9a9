-- A version's change line quotes what the client wrote (an action's description, a cancel reason,
-- each up to 2,000 characters): VARCHAR(200) refused the longer ones with a database error, a 500.
ALTER TABLE care_plan_version ALTER COLUMN change TYPE TEXT;
