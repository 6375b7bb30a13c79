using ParGraph.Server.Events;

namespace ParGraph.Api.Reports;

/// <summary>The <c>report</c> topic: ids, the agency and the status after the change (enough to check rights without a query).</summary>
public sealed record ReportEvent(ReportChangeKind Kind, int ReportId, string AgencyCode, ReportStatus Status, DateTimeOffset At)
{
    public const string Topic = "report";

    public static ReportEvent? Read(ServerEvent serverEvent, DateTimeOffset now) =>
        serverEvent.IsResync ? new(ReportChangeKind.Resync, 0, "", ReportStatus.Draft, now) : serverEvent.Payload<ReportEvent>();

    /// <summary>The event of <paramref name="report"/> (its agency loaded) after a change.</summary>
    public static ReportEvent Of(ReportChangeKind kind, Report report, DateTimeOffset at) =>
        new(kind, report.Id, report.Agency!.Code, report.Status, at);
}
