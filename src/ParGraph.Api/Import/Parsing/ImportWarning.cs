namespace ParGraph.Api.Import.Parsing;

/// <summary>Something the parser or importer could not read or had to guess, with the line it is on.</summary>
public sealed record ImportWarning(int Line, string Message);
