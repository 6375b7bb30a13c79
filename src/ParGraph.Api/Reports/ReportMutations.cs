using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Api.Identity;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Reports;

public sealed class ReportMutations : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.InputMutation<OpenReportInputType, OpenReportPayloadType>(
                "openReport",
                "Opens an agency's DRAFT report for a period, with one entry per task it leads or coordinates (its editors or the SNV PAR office). Opening a DRAFT or RETURNED report again returns it with entries for tasks assigned since.",
                "The agency, year, period and optional plan.")
            .AuthorizeWithPolicy(ParGraphPolicies.AgencyEditor)
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ReportOpeningService>().OpenAsync(
                c.Input<OpenReportInput>(), c.User, c.CancellationToken));

        mutation.InputMutation<UpdateReportEntryInputType, UpdateReportEntryPayloadType>(
                "updateReportEntry",
                "Writes what the agency reports on one task of a DRAFT or RETURNED report: result, status, progress, evidence links (its editors or the SNV PAR office).",
                "The report, the task and the new content.")
            .AuthorizeWithPolicy(ParGraphPolicies.AgencyEditor)
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ReportEntryService>().UpdateAsync(
                c.Input<UpdateReportEntryInput>(), c.User, c.CancellationToken));

        mutation.InputMutation<SubmitReportInputType, SubmitReportPayloadType>(
                "submitReport",
                "Submits a DRAFT or RETURNED report to the SNV PAR office (its agency's editors or the office); a submission after the due date is flagged `submittedLate`.",
                "The report to submit.")
            .AuthorizeWithPolicy(ParGraphPolicies.AgencyEditor)
            .ResolveAsync(async c => await Workflow(c).SubmitAsync(c.Input<ReportActionInput>(), c.User, c.CancellationToken));

        mutation.InputMutation<ApproveReportInputType, ApproveReportPayloadType>(
                "approveReport",
                "Approves a SUBMITTED report and applies its entries' status and progress to the tasks the agency leads (SNV PAR office).",
                "The report to approve.")
            .AuthorizeWithRoles(ParGraphRoles.ParAdmin)
            .ResolveAsync(async c => await Workflow(c).ApproveAsync(c.Input<ReportActionInput>(), c.User, c.CancellationToken));

        mutation.InputMutation<ReturnReportInputType, ReturnReportPayloadType>(
                "returnReport",
                "Returns a SUBMITTED report to its agency with a reason; it becomes editable and can be submitted again (SNV PAR office).",
                "The report to return and why.")
            .AuthorizeWithRoles(ParGraphRoles.ParAdmin)
            .ResolveAsync(async c => await Workflow(c).ReturnAsync(c.Input<ReturnReportInput>(), c.User, c.CancellationToken));
    }

    private static ReportWorkflowService Workflow(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<ReportWorkflowService>();
}
