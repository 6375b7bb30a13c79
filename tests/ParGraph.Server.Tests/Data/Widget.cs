namespace ParGraph.Server.Tests.Data;

/// <summary>The Server tests' own entity: enough members to filter, sort and page on, and a row version.</summary>
public sealed class Widget
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string? Colour { get; set; }

    public int? Size { get; set; }

    public DateOnly MadeOn { get; set; }

    public int? MakerId { get; set; }

    public Maker? Maker { get; set; }

    /// <summary>PostgreSQL's <c>xmin</c>.</summary>
    public uint Version { get; set; }
}

/// <summary>Who made a widget: a related row to filter and sort through.</summary>
public sealed class Maker
{
    public int Id { get; set; }

    public string Name { get; set; } = "";
}
