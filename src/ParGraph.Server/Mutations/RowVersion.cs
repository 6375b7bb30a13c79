using ParGraph.Server.Errors;

namespace ParGraph.Server.Mutations;

/// <summary>Optimistic concurrency as clients see it: the version they read, compared with the stored one.</summary>
public static class RowVersion
{
    /// <summary>The input field that carries the version the client read.</summary>
    public const string Field = "input.expectedVersion";

    /// <summary>
    /// Answers <c>CONFLICT</c>, with the current version in <c>extensions.currentVersion</c>, when
    /// <paramref name="expected"/> is not the <paramref name="current"/> row version.
    /// </summary>
    /// <param name="what">The row as a person names it, e.g. <c>Task 12</c>.</param>
    public static void Require(uint current, int expected, string what)
    {
        if (unchecked((int)current) != expected)
        {
            throw ApiException.Conflict(
                $"{what} was changed by someone else since you read it (your version {expected}, now {unchecked((int)current)}); reload it and apply your change again.",
                new Dictionary<string, object?> { ["currentVersion"] = unchecked((int)current), ["field"] = Field });
        }
    }

    /// <summary>The version as clients see it (GraphQL <c>Int</c>).</summary>
    public static int ToInt32(uint version) => unchecked((int)version);
}
