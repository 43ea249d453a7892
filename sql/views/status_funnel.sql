-- status_funnel: how many applications stand at each status, in the order
-- an application moves through them; stalled ones are counted apart.
-- Grain: one row per status. A warehouse view (DuckDB), over applications.
SELECT
    s.status,
    s.stage_order,
    count(a.application_id) AS applications,
    count(a.application_id) FILTER (WHERE NOT coalesce(a.stalled, false)) AS active_or_closed
FROM (
    VALUES
        ('applied', 1),
        ('assessment', 2),
        ('interview', 3),
        ('offer', 4),
        ('rejected', 5),
        ('withdrawn', 6)
) AS s (status, stage_order)
LEFT JOIN applications AS a ON a.current_status = s.status
GROUP BY s.status, s.stage_order
ORDER BY s.stage_order
