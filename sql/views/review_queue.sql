-- review_queue: the applications a person should look at, least certain
-- first. Grain: one row per application. A warehouse view (DuckDB).
SELECT *
FROM applications
WHERE needs_review
ORDER BY confidence_score, application_id
