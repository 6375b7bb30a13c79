using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Audit;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;
using ParGraph.Api.Identity;
using ParGraph.Server.Errors;
using ParGraph.Server.Events;
using ParGraph.Server.Mutations;
using ParGraph.Server.Schema;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Reports;

/// <summary>updateReportEntry: what an agency reports on one task of its DRAFT or RETURNED report.</summary>
public sealed class ReportEntryService(IDbContextFactory<ParGraphDbContext> factory, ProvinceClock clock, EventPublisher events)
{
    public const int MaxResultLength = 4000;
    public const int MaxEvidence = 20;
    public const int MaxUrlLength = 2000;

    public Task<ReportPayload> UpdateAsync(UpdateReportEntryInput input, ClaimsPrincipal? user, CancellationToken ct)
    {
        var caller = new CurrentUser(user);
        var reportId = GlobalId.DecodeInt32(input.ReportId, "Report", "input.reportId");
        var taskId = GlobalId.DecodeInt32(input.TaskId, "Task", "input.taskId");
        var (result, evidence) = Validate(input);

        return factory.MutateAsync<ParGraphDbContext, ReportPayload>(async (db, ct) =>
        {
            var report = await ReportChanges.LoadAsync(db, reportId, caller, ct);
            ReportChanges.RequireEditor(caller, report);
            ReportChanges.RequireVersion(report, input.ExpectedVersion);
            ReportStateMachine.Require(report, ReportStateMachine.Step.EditEntries);
            var entry = await db.ReportEntries.FirstOrDefaultAsync(e => e.ReportId == reportId && e.TaskId == taskId, ct)
                ?? throw ApiException.NotFound(
                    "The report has no entry for this task; open the report again to add entries for tasks assigned since.",
                    new Dictionary<string, object?> { ["field"] = "input.taskId" });
            var before = ReportSnapshot.Of(entry);

            entry.Result = result is null ? entry.Result : result.Length == 0 ? null : result;
            entry.Status = input.Status ?? entry.Status;
            entry.Progress = input.Progress ?? (input.Status == TaskStatus.Completed ? 100 : entry.Progress);
            entry.Evidence = evidence ?? entry.Evidence;
            if (entry.Status == TaskStatus.Completed && entry.Progress is not null and not 100)
            {
                throw ApiException.Validation($"A COMPLETED task is 100 % done; progress {entry.Progress} does not fit.", "input.progress");
            }

            ReportChanges.Touch(db, report);
            AuditLog.Record(db, user, clock.UtcNow, "updateReportEntry", nameof(ReportEntry), entry.Id.ToString(CultureInfo.InvariantCulture),
                before, ReportSnapshot.Of(entry), report.Agency!.Code);
            await events.PublishAsync(db, ReportEvent.Topic, ReportEvent.Of(ReportChangeKind.EntryUpdated, report, clock.UtcNow), ct);
            return new ReportPayload(report, entry);
        }, ReportChanges.ConflictMessage(reportId), ct);
    }

    private static (string? Result, List<string>? Evidence) Validate(UpdateReportEntryInput input)
    {
        if (input.Result is null && input.Status is null && input.Progress is null && input.Evidence is null)
        {
            throw ApiException.Validation("Give at least one of result, status, progress or evidence.", "input");
        }

        var result = input.Result?.Trim();
        if (result?.Length > MaxResultLength)
        {
            throw ApiException.Validation($"The result must be at most {MaxResultLength} characters.", "input.result");
        }

        if (input.Status == TaskStatus.Cancelled)
        {
            throw ApiException.Validation("Only the SNV PAR office cancels tasks; report NOT_STARTED, IN_PROGRESS or COMPLETED.", "input.status");
        }

        if (input.Progress is < 0 or > 100)
        {
            throw ApiException.Validation($"Progress is a percentage from 0 to 100, not {input.Progress}.", "input.progress");
        }

        return (result, input.Evidence is null ? null : ValidateEvidence(input.Evidence));
    }

    private static List<string> ValidateEvidence(List<string> links)
    {
        if (links.Count > MaxEvidence)
        {
            throw ApiException.Validation($"At most {MaxEvidence} evidence links, not {links.Count}.", "input.evidence");
        }

        var valid = new List<string>(links.Count);
        for (var i = 0; i < links.Count; i++)
        {
            var link = (links[i] ?? "").Trim();
            if (link.Length > MaxUrlLength
                || !Uri.TryCreate(link, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || uri.Host.Length == 0)
            {
                throw ApiException.Validation(
                    $"Evidence link {i + 1} (\"{Shorten(link)}\") is not an absolute http(s) URL of at most {MaxUrlLength} characters.", "input.evidence");
            }

            valid.Add(link);
        }

        return [.. valid.Distinct(StringComparer.Ordinal)];
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
