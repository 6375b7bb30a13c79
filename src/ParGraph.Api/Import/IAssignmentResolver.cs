using ParGraph.Api.Import.Agencies;
using ParGraph.Api.Import.Parsing;

namespace ParGraph.Api.Import;

/// <summary>Turns a task's responsibility text into agency codes, lead and coordinating, in printed order.</summary>
public interface IAssignmentResolver
{
    ResolvedAssignment Resolve(ParsedTask task);
}
