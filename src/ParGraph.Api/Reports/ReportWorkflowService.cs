using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Audit;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;
using ParGraph.Api.Identity;
using ParGraph.Server.Errors;
using ParGraph.Server.Events;
using ParGraph.Api.Tasks;
using ParGraph.Server.Mutations;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Reports;

/// <summary>submitReport, approveReport and returnReport: one step of <see cref="ReportStateMachine"/> each, validated, in one transaction, audited.</summary>
public sealed class ReportWorkflowService(IDbContextFactory<ParGraphDbContext> factory, ProvinceClock clock, EventPublisher events, TaskHistory taskHistory)
{
    public const int MaxReasonLength = 2000;

    /// <summary>DRAFT or RETURNED → SUBMITTED; a submission after the period's due date is flagged late.</summary>
    public Task<ReportPayload> SubmitAsync(ReportActionInput input, ClaimsPrincipal? user, CancellationToken ct) =>
        StepAsync(input, user, ReportStateMachine.Step.Submit, "submitReport", requireEditor: true, (_, report, _) =>
        {
            report.SubmittedAt = clock.UtcNow;
            report.SubmittedLate = clock.Today > report.Period!.Due;
            return Task.FromResult<object?>(null);
        }, ct);

    /// <summary>SUBMITTED → APPROVED (par-admin); the entries' status and progress go to the tasks the agency leads.</summary>
    public Task<ReportPayload> ApproveAsync(ReportActionInput input, ClaimsPrincipal? user, CancellationToken ct) =>
        StepAsync(input, user, ReportStateMachine.Step.Approve, "approveReport", requireEditor: false, async (db, report, ct) =>
        {
            report.DecidedAt = clock.UtcNow;
            report.ReturnReason = null;
            return await ReportTaskApplier.ApplyApprovedEntriesAsync(db, taskHistory, report, new TaskActor(user, clock.UtcNow), clock.Today, ct);
        }, ct);

    /// <summary>SUBMITTED → RETURNED (par-admin) with a reason; the agency edits and resubmits it.</summary>
    public Task<ReportPayload> ReturnAsync(ReturnReportInput input, ClaimsPrincipal? user, CancellationToken ct)
    {
        var reason = (input.Reason ?? "").Trim();
        if (reason.Length is 0 or > MaxReasonLength)
        {
            throw ApiException.Validation($"The reason must not be empty and must be at most {MaxReasonLength} characters.", "input.reason");
        }

        return StepAsync(input, user, ReportStateMachine.Step.Return, "returnReport", requireEditor: false, (_, report, _) =>
        {
            report.DecidedAt = clock.UtcNow;
            report.ReturnReason = reason;
            return Task.FromResult<object?>(null);
        }, ct);
    }

    private Task<ReportPayload> StepAsync(
        ReportActionInput input,
        ClaimsPrincipal? user,
        ReportStateMachine.Step step,
        string operation,
        bool requireEditor,
        Func<ParGraphDbContext, Report, CancellationToken, Task<object?>> apply,
        CancellationToken ct)
    {
        var caller = new CurrentUser(user);
        var id = GlobalId.DecodeInt32(input.ReportId, "Report", "input.reportId");
        return factory.MutateAsync<ParGraphDbContext, ReportPayload>(async (db, ct) =>
        {
            var report = await ReportChanges.LoadAsync(db, id, caller, ct);
            if (requireEditor)
            {
                ReportChanges.RequireEditor(caller, report);
            }

            ReportChanges.RequireVersion(report, input.ExpectedVersion);
            var to = ReportStateMachine.Require(report, step)!.Value;
            var entries = await db.ReportEntries.CountAsync(e => e.ReportId == report.Id, ct);
            var before = ReportSnapshot.Of(report, report.Agency!.Code, report.Period!, entries);
            report.Status = to;
            var effects = await apply(db, report, ct);
            var after = ReportSnapshot.Of(report, report.Agency.Code, report.Period!, entries);
            AuditLog.Record(db, user, clock.UtcNow, operation, nameof(Report), report.Id.ToString(CultureInfo.InvariantCulture),
                before, effects is null ? after : new { Report = after, Tasks = effects }, report.Agency.Code);
            var kind = to switch
            {
                ReportStatus.Submitted => ReportChangeKind.Submitted,
                ReportStatus.Approved => ReportChangeKind.Approved,
                _ => ReportChangeKind.Returned,
            };
            await events.PublishAsync(db, ReportEvent.Topic, ReportEvent.Of(kind, report, clock.UtcNow), ct);
            return new ReportPayload(report);
        }, ReportChanges.ConflictMessage(id), ct);
    }
}
