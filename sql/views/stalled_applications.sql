-- stalled_applications: applications with no news for [resolve]
-- stalled-days, longest silent first. Grain: one row per application.
-- A warehouse view (DuckDB).
SELECT *
FROM applications
WHERE stalled
ORDER BY last_activity_at, application_id
