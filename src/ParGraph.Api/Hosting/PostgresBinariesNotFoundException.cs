namespace ParGraph.Api.Hosting;

/// <summary>The embedded database cannot start because PostgreSQL is not installed.</summary>
public sealed class PostgresBinariesNotFoundException(IReadOnlyList<string> searched)
    : InvalidOperationException(
        "PostgreSQL server binaries (initdb, pg_ctl) were not found"
        + (searched.Count > 0 ? $" (looked in {string.Join(", ", searched)})" : "")
        + ". Install PostgreSQL 15 or later — Debian/Ubuntu: `sudo apt-get install postgresql` "
        + "(plus `postgresql-contrib` on older releases, for unaccent and pg_trgm); "
        + "macOS: `brew install postgresql@16` — or set ConnectionStrings__ParGraph "
        + "to use an existing server.")
{
    public IReadOnlyList<string> Searched { get; } = searched;
}
