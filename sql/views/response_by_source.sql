-- response_by_source: per source (job board, ATS, referral, ...), how many
-- applications got any answer and how fast the first one came.
-- Grain: one row per source. A warehouse view (DuckDB), over applications.
SELECT
    source,
    count(*) AS applications,
    count(first_response_at) AS responded,
    round(count(first_response_at) / count(*), 3) AS response_rate,
    round(median(date_diff('hour', created_at, first_response_at)) / 24.0, 1)
        AS median_days_to_first_response
FROM applications
GROUP BY source
ORDER BY applications DESC, source
