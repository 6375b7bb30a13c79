using Npgsql;

namespace ParGraph.Bench.Floor;

/// <summary>The SQL of the three benchmark queries, written by hand to give the same JSON content as ParGraph.</summary>
public static class FloorQueries
{
    private static readonly TimeZoneInfo Province = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    // .NET enum names (stored as text) → GraphQL enum values: DigitalGovernment → DIGITAL_GOVERNMENT.
    private const string Area = "upper(regexp_replace(s.area, '([a-z])([A-Z])', '\\1_\\2', 'g'))";
    private const string Status = "upper(regexp_replace(t.status, '([a-z])([A-Z])', '\\1_\\2', 'g'))";

    private static string Agencies(string role) => $"""
        COALESCE((SELECT json_agg(json_build_object('code', a.code) ORDER BY ta.position)
                  FROM task_assignments ta JOIN agencies a ON a.id = ta.agency_id
                  WHERE ta.task_id = t.id AND ta.role = '{role}'), '[]')
        """;

    /// <summary>Same rules as TimelinessRules.Evaluate; $1 is today in Khánh Hòa.</summary>
    private const string Timeliness = """
        CASE WHEN t.status = 'Cancelled' OR t.deadline_due IS NULL THEN 'NO_DEADLINE'
             WHEN t.status = 'Completed' THEN CASE WHEN COALESCE(t.completed_on, $1) <= t.deadline_due THEN 'COMPLETED_ON_TIME' ELSE 'COMPLETED_LATE' END
             WHEN $1 > t.deadline_due THEN 'OVERDUE'
             WHEN $1 + 7 >= t.deadline_due THEN 'DUE_SOON'
             ELSE 'ON_TRACK' END
        """;

    public static readonly string NestedPage = $"""
        SELECT json_build_object('data', json_build_object('tasks', json_build_object('nodes', COALESCE(json_agg(json_build_object(
            'title', t.title,
            'plan', json_build_object('documentNumber', p.document_number),
            'section', CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('area', {Area}) END,
            'lead', {Agencies("Lead")},
            'coordinating', {Agencies("Coordinating")},
            'deadline', json_build_object('due', t.deadline_due),
            'timeliness', {Timeliness},
            'updates', json_build_object('nodes', COALESCE((SELECT json_agg(json_build_object('note', u.note))
                FROM (SELECT u.note FROM task_updates u WHERE u.task_id = t.id ORDER BY u.at DESC, u.id DESC LIMIT 3) u), '[]'))
            ) ORDER BY t.plan_id, t.position, t.id), '[]'))))::text
        FROM (SELECT * FROM tasks WHERE deleted_at IS NULL ORDER BY plan_id, position, id LIMIT 100) t
        JOIN plans p ON p.id = t.plan_id
        LEFT JOIN plan_sections s ON s.id = t.section_id
        """;

    /// <summary>$1 is the LIKE pattern, matched like ParGraph's <c>contains</c>: f_unaccent(lower(title)) (trigram index).</summary>
    public static readonly string FilteredSearch = $"""
        WITH hits AS (
            SELECT * FROM tasks t
            WHERE t.deleted_at IS NULL AND f_unaccent(lower(t.title)) LIKE f_unaccent(lower($1)) AND t.status <> 'Completed')
        SELECT json_build_object('data', json_build_object('tasks', json_build_object(
            'totalCount', (SELECT count(*) FROM hits),
            'nodes', COALESCE((SELECT json_agg(json_build_object(
                'title', t.title, 'status', {Status}, 'deadline', json_build_object('due', t.deadline_due),
                'lead', {Agencies("Lead")}) ORDER BY t.deadline_due, t.id)
                FROM (SELECT * FROM hits ORDER BY deadline_due, id LIMIT 20) t), '[]'))))::text
        """;

    public static readonly string Statistics = $"""
        SELECT json_build_object('data', json_build_object('taskStatistics', COALESCE(json_agg(json_build_object(
            'status', upper(regexp_replace(g.status, '([a-z])([A-Z])', '\1_\2', 'g')),
            'leadAgency', json_build_object('code', a.code),
            'count', g.count, 'overdue', g.overdue, 'completedOnTime', g.on_time,
            'completionRate', g.completed::float8 / g.count)
            ORDER BY array_position(ARRAY['NotStarted', 'InProgress', 'Completed', 'Cancelled'], g.status), g.agency_id), '[]')))::text
        FROM (
            SELECT t.status, ta.agency_id, count(*) AS count,
                   count(*) FILTER (WHERE t.status NOT IN ('Completed', 'Cancelled') AND $1 > t.deadline_due) AS overdue,
                   count(*) FILTER (WHERE t.status = 'Completed' AND COALESCE(t.completed_on, $1) <= t.deadline_due) AS on_time,
                   count(*) FILTER (WHERE t.status = 'Completed') AS completed
            FROM task_assignments ta JOIN tasks t ON t.id = ta.task_id
            WHERE ta.role = 'Lead' AND t.deleted_at IS NULL
            GROUP BY t.status, ta.agency_id) g
        JOIN agencies a ON a.id = g.agency_id
        """;

    public static async Task AnswerAsync(HttpContext http, NpgsqlDataSource dataSource, string sql, bool today, string? pattern = null)
    {
        await using var command = dataSource.CreateCommand(sql);
        if (today)
        {
            command.Parameters.AddWithValue(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Province).DateTime));
        }
        else
        {
            command.Parameters.AddWithValue(pattern!);
        }

        var json = (string)(await command.ExecuteScalarAsync(http.RequestAborted))!;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(json, http.RequestAborted);
    }
}
