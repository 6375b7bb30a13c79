namespace ParGraph.Api.Identity.Realm;

/// <summary>A realm or client role.</summary>
public sealed record RoleRepresentation(string Name, string? Description = null)
{
    public bool Composite { get; init; }
}
