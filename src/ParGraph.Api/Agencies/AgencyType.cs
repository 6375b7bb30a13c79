using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using ParGraph.Api.Data;
using ParGraph.Api.Tasks;
using ParGraph.Server.Batching;
using ParGraph.Server.Filtering;
using ParGraph.Server.Paging;
using ParGraph.Server.Schema;
using ParGraph.Server.Sorting;

namespace ParGraph.Api.Agencies;

public sealed class AgencyType : ObjectGraphType<Agency>
{
    public AgencyType()
    {
        Name = "Agency";
        Description = "A public body (cơ quan) of Khánh Hòa province, or a collective group of them that the plans assign tasks to.";
        this.ImplementsNode(a => a.Id);
        Field(a => a.Code).Description("Stable code, upper-case ASCII, e.g. `SNV` (Sở Nội vụ) or `UBND-NHATRANG`.");
        Field(a => a.Name).Description("Official Vietnamese name, e.g. \"Sở Nội vụ\".");
        Field(a => a.ShortName, nullable: true).Description("Short name as the documents use it, e.g. \"Sở TT&TT\".");
        Field<NonNullGraphType<AgencyKindEnum>>("kind").Description("What kind of body this is.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other spellings of the name found in the documents (used to match text to this agency).")
            .Resolve(c => c.Source.Aliases);
        Field<AgencyType>("parent").Description("The agency this one belongs to, if any (e.g. a centre under a department).")
            .Resolve(c => c.Source.ParentId is { } id ? c.Load(AgencyLoaders.AgencyById, id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyType>>>>("members")
            .Description("For a group (kind GROUP): the agencies it stands for; empty otherwise.")
            .Resolve(c => c.Load(AgencyLoaders.MembersByGroupId, c.Source.Id));
        Field<AgencyType>("successor").Description("The agency that took over this one's work after a merger or renaming.")
            .Resolve(c => c.Source.SuccessorId is { } id ? c.Load(AgencyLoaders.AgencyById, id) : null);
        Field(a => a.ValidFrom, nullable: true).Description("First day this agency exists, when known.");
        Field(a => a.ValidTo, nullable: true).Description("Last day this agency exists (set when it is dissolved or merged).");
        this.Connection<Agency, TaskType, PlanTask>("leadTasks")
            .Filterable<Agency, object, TaskFilterInputType>()
            .Sortable<Agency, object, TaskSortInputType>()
            .Description("Tasks this agency leads (cơ quan chủ trì).")
            .Resolve(c => AssignedTasks(c, TaskQueryableExtensions.LeadAgencyIds));
        this.Connection<Agency, TaskType, PlanTask>("coordinatingTasks")
            .Filterable<Agency, object, TaskFilterInputType>()
            .Sortable<Agency, object, TaskSortInputType>()
            .Description("Tasks this agency coordinates on (cơ quan phối hợp).")
            .Resolve(c => AssignedTasks(c, TaskQueryableExtensions.CoordinatingAgencyIds));
    }

    /// <summary>The agency's page of the tasks assigned to it in one role, read with every other agency's of the list.</summary>
    private static IDataLoaderResult<Connection<PlanTask>?> AssignedTasks(
        IResolveFieldContext<Agency> context, Expression<Func<PlanTask, IEnumerable<int>>> agencyIds) =>
        context.LoadChildConnection<ParGraphDbContext, Agency, PlanTask, int>(
            context.Source.Id,
            db => db.Agencies,
            a => a.Id,
            db => db.Tasks,
            agencyIds,
            context.SortKeys<PlanTask, TaskSortInputType>(TaskQueries.DefaultOrder),
            context.FilterExpression<PlanTask, TaskFilterInputType>());
}
