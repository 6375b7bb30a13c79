-- The statistics query for PostGraphile: grouped, conditional counts over a joined table are beyond
-- its generated schema (and @graphile/pg-aggregates 0.1.1), so it is served, as PostGraphile users
-- do, by a SQL function PostGraphile exposes as `Query.taskStatistics`. It lives in its own schema
-- (`bench`) so ParGraph's tables and migrations are untouched.
CREATE SCHEMA IF NOT EXISTS bench;
DROP FUNCTION IF EXISTS bench.task_statistics(date);
DROP TYPE IF EXISTS bench.task_group;
CREATE TYPE bench.task_group AS (status text, lead_code text, count int, overdue int, completed_on_time int, completion_rate float8);
CREATE FUNCTION bench.task_statistics(today date) RETURNS SETOF bench.task_group
LANGUAGE sql STABLE AS $$
  SELECT g.status, a.code, g.count::int, g.overdue::int, g.on_time::int, g.completed::float8 / g.count
  FROM (
    SELECT t.status, ta.agency_id, count(*) AS count,
           count(*) FILTER (WHERE t.status NOT IN ('Completed', 'Cancelled') AND today > t.deadline_due) AS overdue,
           count(*) FILTER (WHERE t.status = 'Completed' AND COALESCE(t.completed_on, today) <= t.deadline_due) AS on_time,
           count(*) FILTER (WHERE t.status = 'Completed') AS completed
    FROM task_assignments ta JOIN tasks t ON t.id = ta.task_id
    WHERE ta.role = 'Lead' AND t.deleted_at IS NULL
    GROUP BY t.status, ta.agency_id) g
  JOIN agencies a ON a.id = g.agency_id
  ORDER BY array_position(ARRAY['NotStarted', 'InProgress', 'Completed', 'Cancelled'], g.status), g.agency_id
$$;
