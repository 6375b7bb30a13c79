using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Import.Parsing;
using ParGraph.Api.Plans;
using ParGraph.Api.Tasks;

namespace ParGraph.Api.Import;

/// <summary>Writes a parsed document's sections, tasks and targets into a plan (inside the caller's transaction).</summary>
internal static class PlanContentImporter
{
    public static async Task<IReadOnlyList<(ResolvedTask Row, PlanTask Task)>> ApplyAsync(
        ParGraphDbContext db,
        Plan plan,
        ParsedDocument document,
        IAssignmentResolver resolver,
        Func<string?, Deadline> parseDeadline,
        ImportReport report,
        CancellationToken ct)
    {
        var sections = ApplySections(db, plan, document.Sections);
        var agencies = await db.Agencies.ToDictionaryAsync(a => a.Code, StringComparer.Ordinal, ct);
        var existing = plan.Id == 0
            ? []
            : await db.Tasks.IgnoreQueryFilters()
                .Where(t => t.PlanId == plan.Id && t.SourceKey != null)
                .Include(t => t.Assignments).ThenInclude(a => a.Agency)
                .ToDictionaryAsync(t => t.SourceKey!, StringComparer.Ordinal, ct);
        var importer = new TaskImporter(agencies, sections, parseDeadline, report);
        var written = new List<(ResolvedTask, PlanTask)>();
        foreach (var row in ResolvedTask.From(document, resolver))
        {
            if (existing.Remove(row.SourceKey, out var task))
            {
                if (task.DeletedAt is not null)
                {
                    report.Warnings.Add(new ImportWarning(row.Row.Line, $"Task {row.Row.Number} was deleted through the API; the document's row is not restored."));
                    continue;
                }

                if (importer.Update(task, row))
                {
                    report.TasksUpdated++;
                }
                else
                {
                    report.TasksUnchanged++;
                }
            }
            else
            {
                task = db.Tasks.Add(importer.Create(plan, row)).Entity;
                report.TasksCreated++;
            }

            report.UnresolvedAgencies.AddRange(row.Unresolved.Select(name => new UnresolvedAgencyName(name, row.Row.Line, row.Row.Number)));
            written.Add((row, task));
        }

        report.TasksNoLongerInDocument = existing.Values.Count(t => t.DeletedAt is null);
        report.Sections = sections.Count;
        report.TasksPerSection.AddRange(
            document.Sections.Select((s, i) => new SectionCount(s.Code is null ? s.Title : $"{s.Code}. {s.Title}", document.Tasks.Count(t => t.SectionIndex == i))));
        return written;
    }

    /// <summary>Sections by position: the document's n-th heading is the plan's n-th section.</summary>
    private static List<PlanSection> ApplySections(ParGraphDbContext db, Plan plan, IReadOnlyList<ParsedSection> parsed)
    {
        var byPosition = plan.Sections.ToDictionary(s => s.Position);
        var sections = new List<PlanSection>(parsed.Count);
        for (var i = 0; i < parsed.Count; i++)
        {
            if (!byPosition.TryGetValue(i + 1, out var section))
            {
                section = db.PlanSections.Add(new PlanSection { Plan = plan, Title = parsed[i].Title, Position = i + 1 }).Entity;
            }

            (section.Code, section.Title, section.Area) = (parsed[i].Code, parsed[i].Title, parsed[i].Area);
            sections.Add(section);
        }

        return sections;
    }
}
