using GraphQL;
using GraphQL.DataLoader;

namespace ParGraph.Server.Schema;

/// <summary>
/// How <c>node(id:)</c> loads objects of one type: <paramref name="Load"/> gets the key part of the
/// global ID and returns a (batched) result, or null when the key is malformed.
/// </summary>
public sealed record NodeSource(string TypeName, Func<IResolveFieldContext, string, IDataLoaderResult<object?>?> Load);
