using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParGraph.Server.Events;

namespace ParGraph.Api.Reports;

/// <summary>The <c>report</c> topic: ids, the agency and the status after the change (enough to check rights without a query).</summary>
public sealed record ReportEvent(ReportChangeKind Kind, int ReportId, string AgencyCode, ReportStatus Status, DateTimeOffset At)
{
    public const string Topic = "report";

    public static ReportEvent? Read(ServerEvent serverEvent, DateTimeOffset now) =>
        serverEvent.IsResync ? new(ReportChangeKind.Resync, 0, "", ReportStatus.Draft, now) : JsonSerializer.Deserialize<ReportEvent>(serverEvent.Data);

    /// <summary>Announces the change when the mutation's transaction commits.</summary>
    public static Task PublishAsync(EventPublisher events, DbContext db, ReportChangeKind kind, Report report, DateTimeOffset at, CancellationToken ct) =>
        events.PublishAsync(db, new ServerEvent(Topic, JsonSerializer.Serialize(new ReportEvent(kind, report.Id, report.Agency!.Code, report.Status, at))), ct);
}
