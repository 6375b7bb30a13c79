namespace ParGraph.Server.Ide;

/// <summary>Banana Cake Pop settings, bound from the <c>Ide</c> section.</summary>
public sealed class IdeOptions
{
    public const string SectionName = "Ide";

    /// <summary>Serve the IDE on <c>GET {path}</c> with <c>Accept: text/html</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Folder holding the IDE files; relative paths are under the content root. Default <c>wwwroot/ide</c>.</summary>
    public string Path { get; set; } = "wwwroot/ide";

    /// <summary>Title of the IDE's connection.</summary>
    public string Title { get; set; } = "ParGraph";
}
