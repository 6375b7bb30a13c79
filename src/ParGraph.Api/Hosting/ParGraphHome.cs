using Microsoft.Extensions.Configuration;

namespace ParGraph.Api.Hosting;

/// <summary>Finds the repository root and the ParGraph home (<c>PARGRAPH_HOME</c>, default <c>.pargraph/</c>).</summary>
public static class ParGraphHome
{
    public const string Variable = "PARGRAPH_HOME";

    /// <summary>
    /// <c>PARGRAPH_HOME</c> from configuration or the environment; otherwise <c>.pargraph</c> in
    /// the repository root.
    /// </summary>
    public static string Resolve(IConfiguration configuration, string? contentRoot = null)
    {
        var configured = configuration[Variable] ?? Environment.GetEnvironmentVariable(Variable);
        return string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(FindRepositoryRoot(contentRoot), ".pargraph")
            : Path.GetFullPath(configured);
    }

    /// <summary>
    /// The nearest folder holding <c>ParGraph.sln</c> or <c>seeds/</c>, walking up from the
    /// content root, the current directory and the app's base directory; else the current directory.
    /// </summary>
    public static string FindRepositoryRoot(string? contentRoot = null)
    {
        string?[] starts = [contentRoot, Directory.GetCurrentDirectory(), AppContext.BaseDirectory];
        foreach (var start in starts.OfType<string>())
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ParGraph.sln"))
                    || Directory.Exists(Path.Combine(dir.FullName, "seeds")))
                {
                    return dir.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
