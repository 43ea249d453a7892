-- applications_per_week: applications sent per calendar week (weeks start
-- on Monday). Grain: one row per week with at least one application.
-- A warehouse view (DuckDB), over applications.
SELECT
    date_trunc('week', application_date) AS week,
    count(*) AS applications
FROM applications
WHERE application_date IS NOT NULL
GROUP BY week
ORDER BY week
